package dev.backchannel.discord.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.discord.DiscordMocks;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SessionModerationTest {

    private final SessionModeration moderation = new SessionModeration(new Educators("", DiscordMocks.UNSET));

    @Test
    @DisplayName("in a session an educator pins an answer; a student may not")
    void pinOrRefuse() {
        ButtonInteractionEvent byEducator = DiscordMocks.click("bcs:pin", DiscordLocale.ENGLISH_US);
        net.dv8tion.jda.api.entities.Member educator = mock(net.dv8tion.jda.api.entities.Member.class);
        when(educator.hasPermission(net.dv8tion.jda.api.Permission.MESSAGE_MANAGE))
                .thenReturn(true);
        when(byEducator.getMember()).thenReturn(educator);
        net.dv8tion.jda.api.entities.Message message = mock(net.dv8tion.jda.api.entities.Message.class);
        @SuppressWarnings("unchecked")
        net.dv8tion.jda.api.requests.restaction.AuditableRestAction<Void> pin =
                mock(net.dv8tion.jda.api.requests.restaction.AuditableRestAction.class);
        when(message.pin()).thenReturn(pin);
        when(byEducator.getMessage()).thenReturn(message);
        DiscordMocks.send(moderation, byEducator);
        ButtonInteractionEvent byStudent = DiscordMocks.click("bcs:dismiss", DiscordLocale.ENGLISH_US);
        net.dv8tion.jda.api.entities.Member student = mock(net.dv8tion.jda.api.entities.Member.class);
        when(student.getGuild()).thenReturn(mock(net.dv8tion.jda.api.entities.Guild.class));
        when(byStudent.getMember()).thenReturn(student);
        DiscordMocks.send(moderation, byStudent);

        verify(pin).queue();
        assertThat(DiscordMocks.privateReply(byEducator).getContent()).isEqualTo("Answer pinned.");
        assertThat(DiscordMocks.privateReply(byStudent).getContent()).contains("for educators");
    }
}
