package dev.backchannel.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The languages the knowledge base is written in; the code doubles as the folder name. */
public enum Language {
    EN("en"),
    VI("vi");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public Language other() {
        return this == EN ? VI : EN;
    }
}
