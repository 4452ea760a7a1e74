package dev.backchannel.ops;

import java.util.Locale;

/** What became of a question, as counted in {@code backchannel_questions_total}. */
public enum Outcome {
    ANSWERED,
    ABSTAINED,
    RATE_LIMITED,
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
