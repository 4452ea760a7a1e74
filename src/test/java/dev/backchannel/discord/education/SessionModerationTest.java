package dev.backchannel.discord.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.discord.DiscordMocks;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SessionModerationTest {

  private final SessionModeration moderation = new SessionModeration(new Educators("", DiscordMocks.UNSET));

  private ButtonInteractionEvent click(String customId, DiscordLocale locale) {
    return DiscordMocks.click(moderation, customId, locale);
  }

  private void handle(ButtonInteractionEvent event) {
    DiscordMocks.send(moderation, event);
  }

  private static MessageCreateData reply(ButtonInteractionEvent event) {
    return DiscordMocks.privateReply(event);
  }

  @Test
  @DisplayName("in a session an educator pins an answer; a student may not")
  void pinOrRefuse() {
    ButtonInteractionEvent byEducator = click("bcs:pin", DiscordLocale.ENGLISH_US);
    net.dv8tion.jda.api.entities.Member educator = mock(net.dv8tion.jda.api.entities.Member.class);
    when(educator.hasPermission(net.dv8tion.jda.api.Permission.MESSAGE_MANAGE)).thenReturn(true);
    when(byEducator.getMember()).thenReturn(educator);
    net.dv8tion.jda.api.entities.Message message = mock(net.dv8tion.jda.api.entities.Message.class);
    @SuppressWarnings("unchecked")
    net.dv8tion.jda.api.requests.restaction.AuditableRestAction<Void> pin = mock(net.dv8tion.jda.api.requests.restaction.AuditableRestAction.class);
    when(message.pin()).thenReturn(pin);
    when(byEducator.getMessage()).thenReturn(message);
    handle(byEducator);
    ButtonInteractionEvent byStudent = click("bcs:dismiss", DiscordLocale.ENGLISH_US);
    net.dv8tion.jda.api.entities.Member student = mock(net.dv8tion.jda.api.entities.Member.class);
    when(student.getGuild()).thenReturn(mock(net.dv8tion.jda.api.entities.Guild.class));
    when(byStudent.getMember()).thenReturn(student);
    handle(byStudent);

    verify(pin).queue();
    assertThat(reply(byEducator).getContent()).isEqualTo("Answer pinned.");
    assertThat(reply(byStudent).getContent()).contains("for educators");
  }

}
