package dev.backchannel.discord.answering;

import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.ModalHandler;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.StoredAnswer;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A follow-up where the bot cannot open a thread (the bot's DM, a group DM, a server that has not
 * added the bot): a modal asks the question and the answer comes back through the interaction. The
 * conversation is kept in the database under a key of its first answer, so each later follow-up,
 * from any process, reads all the turns before it.
 */
public final class FollowUpModal implements ModalHandler {

    static final String OWNER = "bcf";
    /** Marks a conversation kept for modal follow-ups, where a thread's would have the thread's id. */
    private static final String KEY_PREFIX = "fu-";

    private static final String QUESTION = "question";
    private static final String PRIVATE = "p";
    private static final String PUBLIC = "o";

    private final Conversations conversations;
    private final InteractionAnswers flow;

    public FollowUpModal(
            AnswerService answers,
            Gate gate,
            Clock clock,
            QuestionLog questions,
            AnswerThreads threads,
            Metrics metrics) {
        this.conversations = new Conversations(threads);
        this.flow = new InteractionAnswers(answers, gate, clock, questions, metrics);
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /**
     * The modal that continues {@code entry}: its conversation is the one the answer was given in,
     * or one starting at it. The conversation is recorded before the modal is shown.
     */
    Modal modalFor(StoredAnswer entry, Language language) {
        String key = entry.place().startsWith(KEY_PREFIX) ? entry.place() : KEY_PREFIX + entry.answerRef();
        conversations.opened(key, entry.answerRef());
        TextInput input = TextInput.create(QUESTION, TextInputStyle.PARAGRAPH)
                .setMaxLength(1000)
                .setRequired(true)
                .build();
        return Modal.create(
                        ButtonId.of(OWNER, key, entry.askedPrivately() ? PRIVATE : PUBLIC)
                                .customId(),
                        BotText.followUpTitle(language))
                .addComponents(Label.of(BotText.followUpLabel(language), input))
                .build();
    }

    @Override
    public void submit(ModalInteractionEvent event, ButtonId id) {
        Language language = BotText.of(event.getUserLocale());
        if (id.elements().size() != 2 || !id.elements().get(0).startsWith(KEY_PREFIX)) {
            return;
        }
        String key = id.elements().get(0);
        boolean privately = PRIVATE.equals(id.elements().get(1));
        String question = Optional.ofNullable(event.getValue(QUESTION))
                .map(ModalMapping::getAsString)
                .orElse("");
        Conversation conversation = conversations.of(key).orElseGet(Conversation::new);
        // Recorded with the conversation's key as its place: the next follow-up reads it as a turn.
        flow.answer(
                event,
                new InteractionAnswers.Asked(
                        question,
                        conversation,
                        null,
                        event.getChannel().getId(),
                        key,
                        privately,
                        AnswerOptions.DEFAULT,
                        language));
    }
}
