package dev.backchannel.discord.answering;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.ModalHandler;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.StoredAnswer;
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

    private final AnswerService answers;
    private final Gate gate;
    private final Conversations conversations;
    private final Records records;

    public FollowUpModal(
            AnswerService answers, Gate gate, QuestionLog questions, AnswerThreads threads, Metrics metrics) {
        this.answers = answers;
        this.gate = gate;
        this.conversations = new Conversations(threads);
        this.records = new Records(questions, metrics);
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
        try {
            answers.check(question);
        } catch (InvalidQuestionException e) {
            event.reply(AnswerMessages.text(e.getMessage()).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        Optional<String> refusal =
                gate.check(null, event.getChannel().getId(), event.getUser().getId(), language);
        if (refusal.isPresent()) {
            event.reply(AnswerMessages.text(refusal.get()).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        event.deferReply(privately).queue();
        Conversation conversation = conversations.of(key).orElseGet(Conversation::new);
        Answer answer = answers.ask(question, conversation, soFar -> {}, AnswerOptions.DEFAULT);
        String answerId = event.getId();
        // Recorded with the conversation's key as its place: the next follow-up reads it as a turn.
        records.question(
                answer, QuestionOrigin.discord(null, key, event.getUser().getId(), privately), answerId);
        event.getHook()
                .editOriginal(AnswerMessages.edit(answer, answerId, privately))
                .queue();
    }
}
