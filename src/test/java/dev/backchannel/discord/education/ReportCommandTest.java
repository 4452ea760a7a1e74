package dev.backchannel.discord.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.FixtureApp;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.QuestionOrigin;
import java.time.Clock;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

final class ReportCommandTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    /** What an educator's /report did: the mocked interaction and the message it sent. */
    private record Sent(
            DiscordMocks discord, WebhookMessageCreateAction<net.dv8tion.jda.api.entities.Message> action) {}

    private Sent report() {
        DiscordMocks discord = discord(false, "777");
        @SuppressWarnings("unchecked")
        WebhookMessageCreateAction<net.dv8tion.jda.api.entities.Message> send =
                mock(WebhookMessageCreateAction.class, RETURNS_SELF);
        when(discord.hook.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        command().handle(discord.event);
        return new Sent(discord, send);
    }

    private static ReportCommand command() {
        return new ReportCommand(
                fixture.questions(),
                new AnswerReports(fixture.database()),
                new Educators("777", DiscordMocks.UNSET),
                Clock.systemUTC(),
                fixture.get().courseNotes(fixture.database()));
    }

    private DiscordMocks discord(boolean manageMessages, String roleId) {
        DiscordMocks discord = new DiscordMocks("report", DiscordLocale.ENGLISH_US);
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MESSAGE_MANAGE)).thenReturn(manageMessages);
        Role role = mock(Role.class);
        when(role.getId()).thenReturn(roleId);
        when(member.getRoles()).thenReturn(List.of(role));
        when(member.getGuild()).thenReturn(discord.guild);
        when(discord.event.getMember()).thenReturn(member);
        when(discord.event.getOption(eq("days"), eq(30), any())).thenReturn(30);
        return discord;
    }

    @Test
    @DisplayName("an educator gets the report privately, with unanswered questions and the Markdown file attached")
    void educator() {
        fixture.questions()
                .recordQuestion(
                        fixture.get().answers().ask("How do I bake sourdough bread quickly?"),
                        QuestionOrigin.discord("100", "c", "u", false),
                        "r1");
        Sent sent = report();

        verify(sent.discord().event).deferReply(true);
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(sent.discord().hook).sendMessage(captor.capture());
        assertThat(captor.getValue().getEmbeds().get(0).getDescription())
                .contains("How do I bake sourdough bread quickly?");
        assertThat(captor.getValue().getFiles()).extracting(f -> f.getName()).containsExactly("backchannel-report.md");
        verify(sent.action()).setEphemeral(true);
    }

    @Test
    @DisplayName("a question's HTML, masked link and formatting reach the embed and the file as plain text")
    void questionsEscaped() throws Exception {
        fixture.questions()
                .recordQuestion(
                        fixture.get()
                                .answers()
                                .ask(
                                        "Can I bake sourdough <script>x</script> [free nitro](http://evil.example) **now**?"),
                        QuestionOrigin.discord("100", "c", "u", false),
                        "r2");
        Sent sent = report();

        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(sent.discord().hook).sendMessage(captor.capture());
        String file = new String(
                captor.getValue().getFiles().get(0).getData().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String shown : List.of(captor.getValue().getEmbeds().get(0).getDescription(), file)) {
            assertThat(shown)
                    .contains("\\<script\\>x\\</script\\> \\[free nitro\\](http://evil.example) \\*\\*now\\*\\*")
                    .doesNotContain("<script>", "[free nitro](", "**now**");
        }
        assertThat(captor.getValue().getAllowedMentions()).isEmpty();
    }

    @Test
    @DisplayName("a member who is not an educator is refused privately")
    void refused() {
        DiscordMocks discord = discord(false, "123");

        command().handle(discord.event);

        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(discord.event).reply(captor.capture());
        assertThat(captor.getValue().getContent()).contains("for educators");
        verify(discord.reply).setEphemeral(true);
        verify(discord.event, never()).deferReply(true);
    }
}
