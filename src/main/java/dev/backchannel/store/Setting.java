package dev.backchannel.store;

import java.util.Optional;

/** The settings a server's admins can change, by the names they are stored and shown under. */
public enum Setting {
    LANGUAGE("language"),
    ANSWER_CHANNELS("answer-channels"),
    IGNORED_CHANNELS("ignored-channels"),
    EDUCATOR_ROLE("educator-role"),
    PRIVATE_ANSWERS("private-answers"),
    LLM("llm"),
    USER_QUESTIONS_PER_MINUTE("user-questions-per-minute"),
    HELP_DESKS("help-desks");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The setting stored under a name; empty for a name a newer version wrote. */
    public static Optional<Setting> of(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
