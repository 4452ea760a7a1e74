package dev.backchannel.discord.answering;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.Gate;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import java.time.Clock;
import java.time.Duration;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * A question asked through an interaction (a slash command, a modal, a message's context menu),
 * answered through it: checked, let through the gate, deferred, answered, recorded, shown.
 */
final class InteractionAnswers {

    /** Discord asks bots not to edit a message more often than this; a streamed answer waits. */
    private static final Duration STREAM_EDIT_INTERVAL = Duration.ofSeconds(1);

    /**
     * Where a question was asked and how it is answered there.
     *
     * @param guildId the server that installed the bot, whose settings apply; null elsewhere
     * @param gateChannel the channel the allow-lists and channel limits name
     * @param place where the question is recorded: its channel, thread or follow-up conversation
     */
    record Asked(
            String question,
            Conversation conversation,
            String guildId,
            String gateChannel,
            String place,
            boolean privately,
            AnswerOptions options,
            Language uiLanguage) {}

    private final AnswerService answers;
    private final Gate gate;
    private final Clock clock;
    private final Records records;

    InteractionAnswers(AnswerService answers, Gate gate, Clock clock, QuestionLog questions, Metrics metrics) {
        this.answers = answers;
        this.gate = gate;
        this.clock = clock;
        this.records = new Records(questions, metrics);
    }

    void answer(IReplyCallback event, Asked asked) {
        try {
            answers.check(asked.question());
        } catch (InvalidQuestionException e) {
            event.reply(AnswerMessages.text(e.getMessage()).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        var refusal =
                gate.check(asked.guildId(), asked.gateChannel(), event.getUser().getId(), asked.uiLanguage());
        if (refusal.isPresent()) {
            event.reply(AnswerMessages.text(refusal.get()).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        // Retrieval takes milliseconds, but the model may load or an LLM may be slow: always defer,
        // so Discord's three-second deadline can never be missed.
        event.deferReply(asked.privately()).queue();
        EditThrottle throttle = new EditThrottle(STREAM_EDIT_INTERVAL, clock);
        Answer answer = answers.ask(
                asked.question(),
                asked.conversation(),
                soFar -> {
                    if (throttle.ready()) {
                        event.getHook()
                                .editOriginal(AnswerMessages.partial(soFar))
                                .queue();
                    }
                },
                asked.options());
        String answerId = event.getId();
        records.question(
                answer,
                QuestionOrigin.discord(
                        asked.guildId(), asked.place(), event.getUser().getId(), asked.privately()),
                answerId);
        event.getHook()
                .editOriginal(AnswerMessages.edit(answer, answerId, asked.privately()))
                .queue();
    }
}
