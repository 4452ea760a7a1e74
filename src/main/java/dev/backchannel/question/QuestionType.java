package dev.backchannel.question;

/**
 * What kind of answer a question wants, which decides the sections worth preferring. The cue
 * phrases of each type are data ({@code lexicon/<language>/question-cues.txt}); the first type in
 * this order with a matching cue wins, so "what is it called" is a naming question, not a
 * definition one.
 */
public enum QuestionType {
    /** "What do you call it when ...?", "... thì gọi là gì?": a described practice, named by a term. */
    NAMING,
    /** "Who coined ...", "ai đặt ra ...": where a term or practice comes from. */
    ORIGIN,
    /** "Examples of X", "ví dụ về X". */
    EXAMPLES,
    /**
     * "X vs Y", "X khác gì Y": both sides need a sentence, also when the question names one of them
     * and only describes the other.
     */
    COMPARISON,
    /**
     * "List the nine tracks", "what kinds of ...", "gồm những kênh nào": the answer is an
     * enumeration, wherever in a topic it is written, and is quoted with all its items.
     */
    LIST,
    /** "What is X?", "X là gì?": the topic's definition. */
    DEFINITION,
    /** "Who took part?", "những ai?": the people of a case. */
    PEOPLE,
    /** "When", "where", "what year": the dates and places of a case. */
    TIME,
    GENERAL;

    /** Whether the answer is a topic's opening: its definition or, for a case, its overview. */
    public boolean wantsDefinition() {
        return this == DEFINITION || this == NAMING;
    }
}
