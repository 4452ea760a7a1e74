package dev.backchannel.question;

import java.util.Locale;

/**
 * What kind of answer a question wants, which decides the sections worth preferring. The cue
 * phrases of each type are data ({@code lexicon/<language>/question-cues.txt}). A question asks
 * every type with a matching cue; the first in this order leads, so "what is it called" is a naming
 * question, not a definition one, and "why did it fail and what is the lesson?" a failure question
 * that also asks for an outcome and a lesson.
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
    /** "Limits of X", "hạn chế của X": criticism, risks, what it cannot do. */
    LIMITS,
    /** "Why use X?", "X để làm gì?": what it is for and what it can do that others cannot. */
    PURPOSE,
    /**
     * "Why did it fail?", "vì sao đổ bể?", "why was it never adopted?": why something turned out as
     * it did, which a case's outcome and lessons tell and a practice's limits; not why the channel
     * was opened. A question asking why together with a result ("why did it succeed?") asks this.
     */
    FAILURE,
    /** "Why did it happen?", "vì sao ...?": the reasons behind a case or a practice. */
    CAUSE,
    /** "What did it achieve?", "kết quả ra sao?": what came of it. */
    OUTCOME,
    /** "What is the lesson?", "bài học là gì?": what a case teaches, its significance. */
    LESSON,
    /** "How does X work?", "diễn ra như thế nào?": who convenes, who takes part, how it runs. */
    HOW,
    /**
     * "List the nine tracks", "what kinds of ...", "gồm những kênh nào": the answer is an
     * enumeration, wherever in a topic it is written, and is quoted with all its items. It
     * follows the explanations: "list the limits of X" leads with the limits section, quoted whole.
     */
    LIST,
    /**
     * "What is X?", "X là gì?": the topic's definition. Asked only when no other type is, since "what
     * is" opens questions of every type.
     */
    DEFINITION,
    /** "Who took part?", "những ai?": the people of a case. */
    PEOPLE,
    /** "When", "where", "what year": the dates and places of a case. */
    TIME,
    GENERAL;

    /**
     * The type a data file names in lower case ("limits"), or an error naming the file and line.
     *
     * @param where the file and line, for the message
     */
    public static QuestionType named(String name, String where) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": no question type '" + name + "'", e);
        }
    }

    /** Whether the answer explains (a reason, a mechanism, a limit, a result) rather than states. */
    public boolean explains() {
        return this == LIMITS
                || this == PURPOSE
                || this == FAILURE
                || this == CAUSE
                || this == OUTCOME
                || this == LESSON
                || this == HOW;
    }

    /** Whether it asks for a case's people or dates, which a section of the case holds. */
    public boolean asksForACaseFact() {
        return this == PEOPLE || this == TIME;
    }

    /** Whether the answer is a topic's opening: its definition or, for a case, its overview. */
    public boolean wantsDefinition() {
        return this == DEFINITION || this == NAMING;
    }
}
