package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.discord.answering.MessageAnswers;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

final class InteractionRouterTest {

    private final ExecutorService workers = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private InteractionRouter routerWith(SlashCommand command) {
        return new InteractionRouter(
                List.of(command),
                List.of(),
                List.of(),
                List.of(),
                mock(MessageAnswers.class),
                workers,
                new dev.backchannel.ops.Metrics());
    }

    private static SlashCommand failing(boolean deferFirst) {
        return new SlashCommand() {
            @Override
            public SlashCommandData data() {
                return Commands.slash("boom", "fails");
            }

            @Override
            public void handle(net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent event) {
                if (deferFirst) {
                    event.deferReply().queue();
                }
                throw new IllegalStateException("index gone");
            }
        };
    }

    private static ButtonHandler feature(String owner) {
        ButtonHandler feature = mock(ButtonHandler.class);
        when(feature.owner()).thenReturn(owner);
        return feature;
    }

    @Test
    @DisplayName("a click goes to the feature its button's id names, with the "
            + "id's elements; a click nobody owns goes nowhere")
    void buttonsRoutedByOwner() {
        ButtonHandler quiz = feature("bcq");
        ButtonHandler pages = feature("bct");
        InteractionRouter router = new InteractionRouter(
                List.of(),
                List.of(),
                List.of(quiz, pages),
                List.of(),
                mock(MessageAnswers.class),
                workers,
                new dev.backchannel.ops.Metrics());
        ButtonInteractionEvent click = mock(ButtonInteractionEvent.class);
        when(click.getComponentId()).thenReturn("bcq:42:0:1");
        ButtonInteractionEvent stray = mock(ButtonInteractionEvent.class);
        when(stray.getComponentId()).thenReturn("elsewhere:1");

        router.onButtonInteraction(click);
        router.onButtonInteraction(stray);

        verify(quiz, timeout(2000)).click(click, ButtonId.of("bcq", "42", "0", "1"));
        verify(pages, never()).click(any(), any());
        verify(quiz, never()).click(org.mockito.ArgumentMatchers.eq(stray), any());
    }

    @Test
    @DisplayName("a failing command answers privately with a reference id, in the user's language")
    void failureBeforeReply() {
        DiscordMocks discord = new DiscordMocks("boom", DiscordLocale.VIETNAMESE);

        routerWith(failing(false)).onSlashCommandInteraction(discord.event);

        ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(discord.event, timeout(2000)).reply(captor.capture());
        assertThat(captor.getValue().getContent())
                .startsWith("Đã có lỗi khi trả lời. Mã tham chiếu: `")
                .doesNotContain("index gone");
        verify(discord.reply, timeout(2000)).setEphemeral(true);
    }

    @Test
    @DisplayName("after a public defer, the thinking reply is removed and the error sent privately: nothing hangs")
    void failureAfterDefer() {
        DiscordMocks discord = new DiscordMocks("boom", DiscordLocale.ENGLISH_US);
        when(discord.event.deferReply()).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));
        when(discord.event.isAcknowledged()).thenReturn(true);
        when(discord.hook.deleteOriginal()).thenReturn(mock(net.dv8tion.jda.api.requests.RestAction.class));
        WebhookMessageCreateAction<?> followUp = mock(WebhookMessageCreateAction.class, RETURNS_SELF);
        when(discord.hook.sendMessage(any(MessageCreateData.class))).thenAnswer(i -> followUp);

        routerWith(failing(true)).onSlashCommandInteraction(discord.event);

        verify(discord.hook, timeout(2000)).deleteOriginal();
        verify(followUp, timeout(2000)).setEphemeral(true);
    }
}
