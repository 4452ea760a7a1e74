package dev.backchannel.knowledge;

import java.util.Locale;
import java.util.Optional;

/** What a topic is: one of the tracks of diplomacy, a term, or a historical case. */
public enum Kind {
    TRACK,
    TERM,
    EXAMPLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Kind kind : values()) {
            if (kind.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
