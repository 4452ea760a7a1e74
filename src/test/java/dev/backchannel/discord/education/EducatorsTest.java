package dev.backchannel.discord.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.quiz.QuizWords;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

final class EducatorsTest {

    private static Member member(String guildId, String roleId) {
        Member member = mock(Member.class);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(guildId);
        when(member.getGuild()).thenReturn(guild);
        Role role = mock(Role.class);
        when(role.getId()).thenReturn(roleId);
        when(member.getRoles()).thenReturn(List.of(role));
        return member;
    }

    private static ServerSettings withRole(String roleId) {
        return new ServerSettings(
                AnswerLanguage.AUTO, Set.of(), Set.of(), roleId, false, true, OptionalInt.empty(), Map.of());
    }

    @Test
    @DisplayName("the role a server chose makes its members educators there, instead of the operator's role")
    void serverRole() {
        Educators educators = new Educators(
                "operator-role", guild -> guild.equals("g") ? withRole("teachers") : ServerSettings.DEFAULTS);

        assertThat(educators.isEducator(member("g", "teachers"))).isTrue();
        assertThat(educators.isEducator(member("g", "operator-role"))).isFalse();
        assertThat(educators.isEducator(member("other", "operator-role"))).isTrue();
        assertThat(educators.isEducator(member("other", "teachers"))).isFalse();
    }

    private static DiscordMocks byMember(String command, String subcommand, boolean manageMessages) {
        DiscordMocks discord = new DiscordMocks(command, DiscordLocale.ENGLISH_US);
        Member member = member("100", "student");
        when(member.hasPermission(Permission.MESSAGE_MANAGE)).thenReturn(manageMessages);
        when(discord.event.getMember()).thenReturn(member);
        when(discord.event.getSubcommandName()).thenReturn(subcommand);
        return discord;
    }

    private static String replied(DiscordMocks discord) {
        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(discord.event).reply(captor.capture());
        return captor.getValue().getContent();
    }

    @Test
    @DisplayName("only educators start a quiz for the channel")
    void quizForEducators() {
        QuizCommand quiz = new QuizCommand(
                null, null, null, QuizWords.shipped(), new Random(), new Educators("", DiscordMocks.UNSET));
        DiscordMocks student = byMember("quiz", "start", false);

        quiz.handle(student.event);

        assertThat(replied(student)).contains("for educators");
        verify(student.reply).setEphemeral(true);
    }

    @Test
    @DisplayName("a session does not start in a channel the server's admins left out")
    void sessionOnlyInAnswerChannels() {
        ServerSettings onlyElsewhere = new ServerSettings(
                AnswerLanguage.AUTO, Set.of("201"), Set.of(), "", false, true, OptionalInt.empty(), Map.of());
        SessionCommand session = new SessionCommand(
                null,
                new Educators("", DiscordMocks.UNSET),
                DiscordMocks.gate(DiscordMocks.config(5, List.of()), guild -> onlyElsewhere));
        DiscordMocks educator = byMember("session", "start", true);

        session.handle(educator.event);

        assertThat(replied(educator)).contains("not enabled in this channel");
    }
}
