package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import dev.backchannel.FixtureApp;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;
import net.dv8tion.jda.api.entities.channel.forums.ForumTagSnowflake;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.managers.channel.concrete.ThreadChannelManager;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** Forum help desks through {@link MessageAnswers}: new posts answered in their thread, unanswered ones tagged. */
final class HelpDeskTest {

    private static final String FORUM = "600";
    private static final String TAG = "601";
    private static final ServerSettings DESK = new ServerSettings(
            AnswerLanguage.AUTO, Set.of("201"), Set.of(), "", false, true, OptionalInt.empty(), Map.of(FORUM, TAG));

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private final MessageAnswers messages = new MessageAnswers(
            fixture.get().answers(),
            DiscordMocks.gate(DiscordMocks.config(10, List.of()), guild -> DESK),
            fixture.questions(),
            fixture.threads(),
            new dev.backchannel.store.Sessions(fixture.database()),
            guild -> DESK,
            new dev.backchannel.ops.Metrics());
    private final ThreadChannelManager manager = mock(ThreadChannelManager.class, RETURNS_SELF);

    /** The first message of a new post: Discord gives it the id of the post's thread. */
    private MessageReceivedEvent post(
            String threadId, String parentId, String title, String body, List<ForumTag> applied) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User author = mock(User.class);
        when(author.getId()).thenReturn("300");
        when(event.getAuthor()).thenReturn(author);
        when(event.isFromGuild()).thenReturn(true);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn("100");
        when(guild.getLocale()).thenReturn(DiscordLocale.ENGLISH_US);
        when(event.getGuild()).thenReturn(guild);
        JDA jda = mock(JDA.class);
        when(jda.getSelfUser()).thenReturn(mock(SelfUser.class));
        when(event.getJDA()).thenReturn(jda);
        MessageChannelUnion thread =
                mock(MessageChannelUnion.class, withSettings().extraInterfaces(ThreadChannel.class));
        when(thread.getId()).thenReturn(threadId);
        when(thread.getName()).thenReturn(title);
        IThreadContainerUnion forum = mock(IThreadContainerUnion.class);
        when(forum.getId()).thenReturn(parentId);
        when(((ThreadChannel) thread).getParentChannel()).thenReturn(forum);
        when(((ThreadChannel) thread).getAppliedTags()).thenReturn(applied);
        when(((ThreadChannel) thread).getManager()).thenReturn(manager);
        when(thread.sendMessage(any(MessageCreateData.class)))
                .thenReturn(mock(MessageCreateAction.class, RETURNS_SELF));
        when(event.getChannel()).thenReturn(thread);
        Message message = mock(Message.class);
        when(message.getId()).thenReturn(threadId);
        when(message.getContentRaw()).thenReturn(body);
        when(message.getMentions()).thenReturn(mock(net.dv8tion.jda.api.entities.Mentions.class));
        when(event.getMessage()).thenReturn(message);
        return event;
    }

    private static MessageCreateData sent(MessageReceivedEvent event) {
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event.getChannel()).sendMessage(captor.capture());
        return captor.getValue();
    }

    @Test
    @DisplayName("a new post is a question, title and first message together, answered in "
            + "the post's thread, which then continues the conversation")
    void newPostAnswered() {
        MessageReceivedEvent event =
                post("800", FORUM, "Track II diplomacy", "What is it, and who takes part?", List.of());

        messages.handle(event);

        assertThat(sent(event).getEmbeds().get(0).getDescription())
                .contains("[1]")
                .contains("Track II");
        assertThat(sent(event).getAllowedMentions()).isEmpty();
        verify(event.getMessage(), never()).createThreadChannel(anyString());
        assertThat(fixture.threads().conversation("800")).isPresent();
        verify(manager, never()).setAppliedTags(anyCollection());
    }

    @Test
    @DisplayName("a post the bot cannot answer keeps its tags and gets the help desk's tag for educators")
    void unansweredPostTagged() {
        ForumTag own = mock(ForumTag.class);
        when(own.getId()).thenReturn("555");
        MessageReceivedEvent event = post("801", FORUM, "Football", "Who won the 2022 World Cup?", List.of(own));

        messages.handle(event);

        assertThat(sent(event).getEmbeds().get(0).getDescription())
                .startsWith("The knowledge base does not cover this question");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<ForumTagSnowflake>> tags = ArgumentCaptor.forClass(Collection.class);
        verify(manager).setAppliedTags(tags.capture());
        assertThat(tags.getValue()).extracting(ForumTagSnowflake::getId).containsExactly("555", TAG);
    }

    @Test
    @DisplayName("a post in a forum that is not a help desk is left alone")
    void otherForumIgnored() {
        MessageReceivedEvent event = post("802", "699", "Track II diplomacy", "What is it?", List.of());

        messages.handle(event);

        verify(event.getChannel(), never()).sendMessage(any(MessageCreateData.class));
    }
}
