package dev.backchannel.answer;

import java.util.Locale;

/** How the answer text was written. */
public enum AnswerMode {
    /** Sentences quoted from the retrieved passages; needs no language model. */
    EXTRACTIVE,
    /** Written by a language model from the retrieved passages, its citations checked. */
    LLM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
