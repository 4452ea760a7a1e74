package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    return new ServerSettings(AnswerLanguage.AUTO, Set.of(), Set.of(), roleId, false, true, OptionalInt.empty(), Map.of());
  }

  @Test
  @DisplayName("the role a server chose makes its members educators there, instead of the operator's role")
  void serverRole() {
    Educators educators = new Educators("operator-role", guild -> guild.equals("g") ? withRole("teachers") : ServerSettings.DEFAULTS);

    assertThat(educators.isEducator(member("g", "teachers"))).isTrue();
    assertThat(educators.isEducator(member("g", "operator-role"))).isFalse();
    assertThat(educators.isEducator(member("other", "operator-role"))).isTrue();
    assertThat(educators.isEducator(member("other", "teachers"))).isFalse();
  }
}
