package dev.backchannel.quiz;

import java.util.Locale;

/** A check every generated question must pass before it is asked. */
public enum QuizCheck {
    /** No option's name, alias or distinctive word appears in the stem. */
    NAMES_IN_STEM,
    /** The options are all of the answer's kind of topic, or all facts of its type. */
    SAME_KIND,
    /** No two options are the same topic or fact. */
    DISTINCT_OPTIONS,
    /**
     * The right option is not the only one sharing a content word with the stem, nor the one
     * sharing most of the words few titles have.
     */
    ANSWER_SHARES_MOST_WORDS,
    /** The stem, with its gaps, still reads as a sentence. */
    READS_AS_SENTENCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
