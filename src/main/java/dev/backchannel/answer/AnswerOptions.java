package dev.backchannel.answer;

import dev.backchannel.knowledge.Language;
import java.util.Optional;

/**
 * How a front end wants one question answered, when it knows better than the defaults (a server
 * whose admins chose an answer language, or extractive answers only).
 *
 * @param language the language to answer in; empty: the language the question is asked in
 * @param useModel whether a configured language model may write the answer
 * @param server the Discord server, one that installed the bot, whose course notes are searched
 *     with the shared knowledge; empty anywhere else (DMs, the console), where none are
 */
public record AnswerOptions(Optional<Language> language, boolean useModel, Optional<String> server) {

    /** The asker's language, and the model when one is configured. */
    public static final AnswerOptions DEFAULT = new AnswerOptions(Optional.empty(), true, Optional.empty());

    /** Options outside any server's notes. */
    public AnswerOptions(Optional<Language> language, boolean useModel) {
        this(language, useModel, Optional.empty());
    }
}
