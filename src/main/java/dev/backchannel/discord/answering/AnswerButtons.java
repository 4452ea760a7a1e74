package dev.backchannel.discord.answering;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Mentions;
import dev.backchannel.discord.ServerInstall;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.StoreException;
import dev.backchannel.store.StoredAnswer;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the buttons under answers do: show the sources, take a vote, open a thread to follow up,
 * share a private answer, report a problem.
 */
public final class AnswerButtons implements ButtonHandler {

    private static final Logger log = LoggerFactory.getLogger(AnswerButtons.class);

    private final Conversations conversations;
    private final QuestionLog questions;
    private final AnswerThreads threads;
    private final FollowUpModal followUps;
    private final ReportProblem problems;

    public AnswerButtons(
            QuestionLog questions, AnswerThreads threads, FollowUpModal followUps, ReportProblem problems) {
        this.conversations = new Conversations(threads);
        this.questions = questions;
        this.threads = threads;
        this.followUps = followUps;
        this.problems = problems;
    }

    @Override
    public String owner() {
        return AnswerButton.OWNER;
    }

    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        Language language = BotText.of(event.getUserLocale());
        Optional<AnswerButton.Click> click = AnswerButton.parse(id);
        if (click.isEmpty()) {
            return;
        }
        Optional<StoredAnswer> entry;
        try {
            entry = questions.answer(click.get().answerId());
        } catch (StoreException e) {
            log.error("Answer {} not read for its button", click.get().answerId(), e);
            event.reply(AnswerMessages.text(BotText.error(language, "button")).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        if (entry.isEmpty()) {
            event.reply(AnswerMessages.text(BotText.expired(language)).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        switch (click.get().button()) {
            case SOURCES ->
                event.reply(AnswerMessages.sources(entry.get()))
                        .setEphemeral(true)
                        .queue();
            case HELPFUL -> vote(event, click.get().answerId(), true, language);
            case NOT_HELPFUL -> vote(event, click.get().answerId(), false, language);
            case SHARE -> share(event, entry.get(), language);
            case REPORT ->
                event.replyModal(problems.modalFor(entry.get(), language)).queue();
            case FOLLOW_UP -> {
                if (ServerInstall.guildId(event) != null) {
                    openThread(event, entry.get(), language);
                } else {
                    // No thread where the bot is no member: the follow-up is asked in a modal.
                    event.replyModal(followUps.modalFor(entry.get(), language)).queue();
                }
            }
        }
    }

    /**
     * Posts a private answer for everyone in the channel, through the click itself, so it works
     * wherever the asker could ask, the bot's DM and group DMs included. Only the asker may share.
     */
    private void share(ButtonInteractionEvent event, StoredAnswer entry, Language language) {
        if (!entry.askedBy().equals(event.getUser().getId())) {
            replyPrivately(event, BotText.notYours(language));
            return;
        }
        event.reply(AnswerMessages.shared(entry, event.getUser().getEffectiveName()))
                .setEphemeral(false)
                .queue(
                        null,
                        failure -> event.getHook()
                                .sendMessage(AnswerMessages.text(BotText.notShared(language))
                                        .build())
                                .setEphemeral(true)
                                .queue(null, ignored -> {}));
    }

    private void vote(ButtonInteractionEvent event, String answerId, boolean helpful, Language language) {
        String text;
        try {
            questions.recordFeedback(answerId, event.getUser().getId(), helpful);
            text = BotText.feedbackThanks(language, helpful);
        } catch (StoreException e) {
            log.error("Feedback on answer {} not recorded", answerId, e);
            text = BotText.error(language, "feedback");
        }
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }

    /**
     * Opens one thread per answer: the click that claims it asks Discord for it, any other click
     * (a double click, a second person) is pointed to it. A private answer gets none: its thread
     * would be public and named with the private question.
     */
    private void openThread(ButtonInteractionEvent event, StoredAnswer entry, Language language) {
        if (entry.askedPrivately()) {
            replyPrivately(event, BotText.noThreadForPrivate(language));
            return;
        }
        AnswerThreads.Claim claim;
        try {
            claim = threads.claimThread(event.getMessageId(), entry.answerRef());
        } catch (StoreException e) {
            log.error("Thread on answer {} not claimed", entry.answerRef(), e);
            replyPrivately(event, BotText.error(language, "thread"));
            return;
        }
        if (!claim.claimed()) {
            replyPrivately(event, BotText.threadAlreadyOpen(language, "<#" + claim.threadId() + ">"));
            return;
        }
        String name = DiscordLimits.shorten(entry.question(), 90);
        event.deferReply(true).queue();
        event.getMessage()
                .createThreadChannel(name)
                .queue(
                        thread -> {
                            // The claim recorded the thread under the message's id, which Discord
                            // gives a thread started from a message; recording its own id too is
                            // harmless then, and keeps the conversation should the two ever differ.
                            conversations.opened(thread.getId(), entry.answerRef());
                            thread.sendMessage(AnswerMessages.text(BotText.threadIntro(entry.language()))
                                            .build())
                                    .queue();
                            event.getHook()
                                    .editOriginal(BotText.threadOpened(language, thread.getAsMention()))
                                    .setAllowedMentions(Mentions.NONE)
                                    .queue();
                        },
                        failure -> {
                            release(claim, entry.answerRef());
                            event.getHook()
                                    .editOriginal(BotText.error(language, "thread"))
                                    .setAllowedMentions(Mentions.NONE)
                                    .queue();
                        });
    }

    private void release(AnswerThreads.Claim claim, String answerRef) {
        try {
            threads.releaseThread(claim.threadId(), answerRef);
        } catch (StoreException e) {
            log.error("Claim of thread {} on answer {} not released", claim.threadId(), answerRef, e);
        }
    }

    private static void replyPrivately(ButtonInteractionEvent event, String text) {
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }
}
