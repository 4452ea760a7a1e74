package dev.backchannel.store;

import dev.backchannel.knowledge.Language;
import java.util.Optional;

/** The language a server's answers are written in: the asker's own, or one chosen for everyone. */
public enum AnswerLanguage {
    AUTO("auto", Optional.empty()),
    VI("vi", Optional.of(Language.VI)),
    EN("en", Optional.of(Language.EN));

    private final String code;
    private final Optional<Language> forced;

    AnswerLanguage(String code, Optional<Language> forced) {
        this.code = code;
        this.forced = forced;
    }

    public String code() {
        return code;
    }

    /** The language every answer is written in; empty: the language of each question. */
    public Optional<Language> forced() {
        return forced;
    }

    /** The choice stored under a code; anything unknown reads as the default, the asker's language. */
    public static AnswerLanguage of(String code) {
        for (AnswerLanguage language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        return AUTO;
    }
}
