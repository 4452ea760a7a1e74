package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.backchannel.FixtureApp;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.Database;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.Sessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

final class MessageAnswersTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    @TempDir
    Path temp;

    private final MessageAnswers messages = new MessageAnswers(
            fixture.get().answers(),
            DiscordMocks.gate(DiscordMocks.config(10, List.of())),
            fixture.questions(),
            fixture.threads(),
            new Sessions(fixture.database()),
            DiscordMocks.UNSET,
            new dev.backchannel.ops.Metrics());

    private final SelfUser self = mock(SelfUser.class);
    private final ThreadChannel thread = mock(ThreadChannel.class);
    private final MessageCreateAction threadSend = mock(MessageCreateAction.class, RETURNS_SELF);

    private MessageReceivedEvent message(String text, boolean fromBot, boolean mentionsBot, String channelId) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User author = mock(User.class);
        when(author.isBot()).thenReturn(fromBot);
        when(author.getId()).thenReturn("300");
        when(event.getAuthor()).thenReturn(author);
        when(event.isFromGuild()).thenReturn(true);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn("100");
        when(guild.getLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(event.getGuild()).thenReturn(guild);
        JDA jda = mock(JDA.class);
        when(jda.getSelfUser()).thenReturn(self);
        when(event.getJDA()).thenReturn(jda);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getId()).thenReturn(channelId);
        when(channel.sendMessage(any(MessageCreateData.class)))
                .thenReturn(mock(MessageCreateAction.class, RETURNS_SELF));
        when(event.getChannel()).thenReturn(channel);
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn(text);
        when(message.getId()).thenReturn("500");
        net.dv8tion.jda.api.entities.Mentions mentions = mock(net.dv8tion.jda.api.entities.Mentions.class);
        when(mentions.isMentioned(self, Message.MentionType.USER)).thenReturn(mentionsBot);
        when(message.getMentions()).thenReturn(mentions);
        ThreadChannelAction create = mock(ThreadChannelAction.class, RETURNS_SELF);
        when(message.createThreadChannel(anyString())).thenReturn(create);
        doAnswer(invocation -> {
                    Consumer<ThreadChannel> success = invocation.getArgument(0);
                    success.accept(thread);
                    return null;
                })
                .when(create)
                .queue(any(), any());
        when(thread.getId()).thenReturn("700");
        when(thread.sendMessage(any(MessageCreateData.class))).thenReturn(threadSend);
        when(event.getMessage()).thenReturn(message);
        return event;
    }

    @Test
    @DisplayName("a mention is answered in a thread opened on the question, with the cited embed and no pings")
    void mentionAnsweredInThread() {
        MessageReceivedEvent event = message("<@999> what is Track II diplomacy?", false, true, "200");

        messages.handle(event);

        verify(event.getMessage()).createThreadChannel("what is Track II diplomacy?");
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(thread).sendMessage(captor.capture());
        assertThat(captor.getValue().getEmbeds().get(0).getDescription()).contains("[1]");
        assertThat(captor.getValue().getAllowedMentions()).isEmpty();
        assertThat(fixture.threads().conversation("700")).isPresent();
    }

    @Test
    @DisplayName("a follow-up in the thread is answered with the stored conversation as context")
    void followUpInThread() {
        fixture.questions()
                .recordQuestion(
                        fixture.get().answers().ask("What is Track II diplomacy?"),
                        QuestionOrigin.discord("100", "200", "300", false),
                        "41");
        fixture.threads().openThread("701", "41");
        MessageReceivedEvent event = message("Who coined the term?", false, false, "701");

        messages.handle(event);

        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event.getChannel()).sendMessage(captor.capture());
        assertThat(captor.getValue().getEmbeds().get(0).getDescription()).contains("Montville");
        verify(event.getMessage(), never()).createThreadChannel(anyString());
    }

    @Test
    @DisplayName("messages from bots, the bot itself included, and unaddressed messages are ignored")
    void ignores() {
        MessageReceivedEvent fromBot = message("<@999> what is Track II?", true, true, "200");
        MessageReceivedEvent chatter = message("what is Track II?", false, false, "200");

        messages.handle(fromBot);
        messages.handle(chatter);

        verify(fromBot.getMessage(), never()).createThreadChannel(anyString());
        verify(chatter.getChannel(), never()).sendMessage(any(MessageCreateData.class));
        verify(chatter.getMessage(), never()).createThreadChannel(anyString());
        verify(chatter.getMessage(), never()).reply(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("a database that cannot be read is logged once at WARN, without the "
            + "message's text, and the messages are treated as outside a session")
    void unreadableSessionsLoggedOnce() {
        Database closed = Database.open("jdbc:sqlite:" + temp.resolve("closed.db"), Clock.systemUTC());
        closed.close();
        MessageAnswers withoutDatabase = new MessageAnswers(
                fixture.get().answers(),
                DiscordMocks.gate(DiscordMocks.config(10, List.of())),
                new QuestionLog(closed),
                new AnswerThreads(closed),
                new Sessions(closed),
                DiscordMocks.UNSET,
                new dev.backchannel.ops.Metrics());
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(MessageAnswers.class);
        logger.addAppender(logs);
        try {
            MessageReceivedEvent first = message("what is Track II? my secret", false, false, "200");
            withoutDatabase.handle(first);
            withoutDatabase.handle(message("and Track III?", false, false, "201"));

            verify(first.getChannel(), never()).sendMessage(any(MessageCreateData.class));
            verify(first.getMessage(), never()).reply(any(MessageCreateData.class));
        } finally {
            logger.detachAppender(logs);
        }

        assertThat(logs.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .contains("sessions not read")
                    .doesNotContain("secret")
                    .doesNotContain("Track");
        });
    }
}
