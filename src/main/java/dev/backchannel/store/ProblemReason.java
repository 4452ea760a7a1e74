package dev.backchannel.store;

import java.util.Arrays;
import java.util.Optional;

/** Why someone reported an answer, as the report form offers it and the store keeps it. */
public enum ProblemReason {
    WRONG_FACT("wrong-fact", "wrong fact"),
    WRONG_SOURCE("wrong-source", "wrong source"),
    NOT_WHAT_WAS_ASKED("not-asked", "not what was asked"),
    OTHER("other", "other");

    private final String code;
    private final String label;

    ProblemReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value stored and carried by the form's choices. */
    public String code() {
        return code;
    }

    /** How reports written for educators name it. */
    public String label() {
        return label;
    }

    public static Optional<ProblemReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
