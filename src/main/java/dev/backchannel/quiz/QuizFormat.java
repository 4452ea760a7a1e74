package dev.backchannel.quiz;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a quiz asks, each testing something a student should understand. */
public enum QuizFormat {
    /** Which topic a description describes, with every option's names hidden. */
    TOPIC,
    /** A year, person or place taken out of a sentence of a case. */
    FACT,
    /** Which track of diplomacy a case belongs to. */
    TRACK,
    /** Which term a definition defines. */
    TERM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuizFormat> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (QuizFormat format : values()) {
            if (format.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
