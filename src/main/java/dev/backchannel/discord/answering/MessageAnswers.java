package dev.backchannel.discord.answering;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.InvalidQuestionException;
import dev.backchannel.answer.PartialAnswers;
import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.QaSession;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.ServerSettings;
import dev.backchannel.store.Sessions;
import dev.backchannel.store.StoreException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions asked by mentioning the bot, answered in a thread opened on the question, and
 * follow-ups in such threads (and in threads opened with the Follow up button), answered with the
 * conversation so far; in a channel with a Q&A session running, every message is a question,
 * answered under its number; a new post in a help desk forum is a question answered in the post.
 * Answers follow the server's settings. Messages from bots, the bot's own included, are ignored.
 */
public final class MessageAnswers {

    private static final Logger log = LoggerFactory.getLogger(MessageAnswers.class);

    private final AnswerService answers;
    private final Conversations conversations;
    private final Gate gate;
    private final Sessions sessions;
    private final Records records;
    private final GuildSettings settings;
    /** Whether the last read of a channel's running session failed. */
    private final AtomicBoolean sessionsUnread = new AtomicBoolean();

    public MessageAnswers(
            AnswerService answers,
            Gate gate,
            QuestionLog questions,
            AnswerThreads threads,
            Sessions sessions,
            GuildSettings settings,
            Metrics metrics) {
        this.answers = answers;
        this.settings = settings;
        this.sessions = sessions;
        this.records = new Records(questions, metrics);
        this.conversations = new Conversations(threads);
        this.gate = gate;
    }

    private Optional<QaSession> activeSession(String channelId) {
        try {
            Optional<QaSession> session = sessions.activeSession(channelId);
            sessionsUnread.set(false);
            return session;
        } catch (StoreException e) {
            // Most messages come here: a database that stays down is logged once, not once a message.
            if (sessionsUnread.compareAndSet(false, true)) {
                log.warn(
                        "Running sessions not read, so messages are treated as outside "
                                + "any session until the database answers: {}",
                        e.getMessage());
            }
            return Optional.empty();
        }
    }

    public void handle(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || author.isSystem() || event.isWebhookMessage() || !event.isFromGuild()) {
            return;
        }
        Message message = event.getMessage();
        MessageChannel channel = event.getChannel();
        ServerSettings server = settings.of(event.getGuild().getId());
        boolean newPost = HelpDesk.isNewPost(channel, message, server);
        Optional<Conversation> thread = newPost ? Optional.empty() : conversations.of(channel.getId());
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
        Optional<QaSession> session =
                thread.isEmpty() && !mentioned && !newPost ? activeSession(channel.getId()) : Optional.empty();
        if (thread.isEmpty() && !mentioned && session.isEmpty() && !newPost) {
            return;
        }
        String parent =
                channel instanceof ThreadChannel t ? t.getParentChannel().getId() : channel.getId();
        if (!gate.allows(event.getGuild().getId(), parent)) {
            return;
        }
        String question = newPost ? HelpDesk.question(channel, message) : message.getContentRaw();
        Language language = BotText.of(event.getGuild().getLocale());
        Optional<String> refusal = gate.check(event.getGuild().getId(), parent, author.getId(), language);
        if (refusal.isPresent()) {
            message.reply(AnswerMessages.text(refusal.get()).build()).queue();
            return;
        }
        Conversation conversation = thread.orElseGet(Conversation::new);
        Answer answer;
        try {
            answer = answers.ask(
                    question,
                    conversation,
                    PartialAnswers.NONE,
                    new AnswerOptions(
                            server.language().forced(),
                            server.llmEnabled(),
                            Optional.of(event.getGuild().getId())));
        } catch (InvalidQuestionException e) {
            message.reply(AnswerMessages.text(e.getMessage()).build()).queue();
            HelpDesk.flagForEducators(channel, server);
            return;
        }
        String answerId = message.getId();
        long questionId = records.question(
                answer,
                QuestionOrigin.discord(event.getGuild().getId(), channel.getId(), author.getId(), false),
                answerId);
        if (session.isPresent()) {
            // In a session every question is answered where it was asked, under its number.
            int number =
                    questionId < 0 ? 0 : sessions.addToSession(session.get().id(), questionId);
            message.reply(AnswerMessages.numbered(answer, answerId, number)).queue();
            return;
        }
        if (newPost || thread.isPresent()) {
            if (newPost) {
                conversations.opened(channel.getId(), answerId);
            }
            channel.sendMessage(AnswerMessages.create(answer, answerId)).queue();
            if (answer.abstained()) {
                HelpDesk.flagForEducators(channel, server);
            }
        } else {
            message.createThreadChannel(DiscordLimits.shorten(answer.question(), 90))
                    .queue(
                            created -> {
                                conversations.opened(created.getId(), answerId);
                                created.sendMessage(AnswerMessages.create(answer, answerId))
                                        .queue();
                            },
                            failure -> message.reply(AnswerMessages.create(answer, answerId))
                                    .queue());
        }
    }
}
