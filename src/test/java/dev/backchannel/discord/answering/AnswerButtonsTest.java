package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.FixtureApp;
import dev.backchannel.answer.Answer;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.DiscordMocks;
import dev.backchannel.discord.Mentions;
import dev.backchannel.store.QuestionOrigin;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class AnswerButtonsTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private AnswerButtons buttons;

    private ButtonInteractionEvent click(String customId, DiscordLocale locale) {
        buttons = new AnswerButtons(fixture.questions(), fixture.threads(), null, null);
        return DiscordMocks.click(customId, locale);
    }

    private void handle(ButtonInteractionEvent event) {
        DiscordMocks.send(buttons, event);
    }

    private static MessageCreateData reply(ButtonInteractionEvent event) {
        return DiscordMocks.privateReply(event);
    }

    @Test
    @DisplayName("Sources shows the cited passages themselves, privately")
    void sources() {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        fixture.questions().recordQuestion(answer, QuestionOrigin.discord("100", "200", "300", false), "42");
        ButtonInteractionEvent event = click("bc:src:42", DiscordLocale.ENGLISH_US);

        handle(event);

        MessageCreateData message = reply(event);
        assertThat(message.getEmbeds().get(0).getFields()).isNotEmpty().first().satisfies(f -> {
            assertThat(f.getName()).startsWith("[1] Track II diplomacy — Definition");
            assertThat(f.getValue())
                    .contains("unofficial dialogue")
                    .contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
        });
        assertThat(message.getAllowedMentions()).isEmpty();
    }

    @Test
    @DisplayName("thumbs up and down are acknowledged privately, in the user's language")
    void feedback() {
        fixture.questions()
                .recordQuestion(
                        fixture.get().answers().ask("What is Track II diplomacy?"),
                        QuestionOrigin.discord("100", "200", "300", false),
                        "42");
        ButtonInteractionEvent up = click("bc:up:42", DiscordLocale.ENGLISH_US);
        handle(up);
        ButtonInteractionEvent down = click("bc:down:42", DiscordLocale.VIETNAMESE);
        handle(down);

        assertThat(reply(up).getContent()).isEqualTo("Thanks! Your feedback is recorded.");
        assertThat(reply(down).getContent()).startsWith("Cảm ơn bạn!");
    }

    @Test
    @DisplayName("Follow up opens a thread on the answer, stores the "
            + "conversation for any process, and says where, privately")
    void followUp() {
        fixture.questions()
                .recordQuestion(
                        fixture.get().answers().ask("What is Track II diplomacy?"),
                        QuestionOrigin.discord("100", "200", "300", false),
                        "42");
        ButtonInteractionEvent event = click("bc:thread:42", DiscordLocale.ENGLISH_US);
        when(event.getMessageId()).thenReturn("700");
        when(event.deferReply(true)).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));
        net.dv8tion.jda.api.interactions.InteractionHook hook =
                mock(net.dv8tion.jda.api.interactions.InteractionHook.class);
        @SuppressWarnings("unchecked")
        net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit =
                mock(net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction.class, RETURNS_SELF);
        when(hook.editOriginal(org.mockito.ArgumentMatchers.anyString())).thenReturn(edit);
        when(event.getHook()).thenReturn(hook);
        net.dv8tion.jda.api.entities.Message message = mock(net.dv8tion.jda.api.entities.Message.class);
        net.dv8tion.jda.api.requests.restaction.ThreadChannelAction create =
                mock(net.dv8tion.jda.api.requests.restaction.ThreadChannelAction.class, RETURNS_SELF);
        net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel thread =
                mock(net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel.class);
        when(thread.getId()).thenReturn("700");
        when(thread.getAsMention()).thenReturn("<#700>");
        when(thread.sendMessage(any(MessageCreateData.class)))
                .thenReturn(mock(net.dv8tion.jda.api.requests.restaction.MessageCreateAction.class, RETURNS_SELF));
        org.mockito.Mockito.doAnswer(i -> {
                    java.util.function.Consumer<net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel> success =
                            i.getArgument(0);
                    success.accept(thread);
                    return null;
                })
                .when(create)
                .queue(any(), any());
        when(message.createThreadChannel(org.mockito.ArgumentMatchers.anyString()))
                .thenReturn(create);
        when(event.getMessage()).thenReturn(message);

        handle(event);

        verify(message).createThreadChannel("What is Track II diplomacy?");
        verify(hook).editOriginal("Opened <#700>: ask your follow-up questions there.");
        verify(edit).setAllowedMentions(Mentions.NONE);
        assertThat(fixture.threads().conversation("700"))
                .hasValueSatisfying(turns ->
                        assertThat(turns).extracting(t -> t.question()).containsExactly("What is Track II diplomacy?"));
    }

    @Test
    @DisplayName("a button on an answer that is no longer remembered says so instead of failing")
    void expired() {
        ButtonInteractionEvent event = click("bc:src:unknown", DiscordLocale.ENGLISH_US);

        handle(event);

        assertThat(reply(event).getContent()).contains("too old");
    }

    @Test
    @DisplayName("a button's custom id names the button and the answer, within Discord's 100 characters")
    void roundTrip() {
        String id = AnswerButton.FOLLOW_UP.id("1234567890123456789");

        assertThat(id).hasSizeLessThanOrEqualTo(100);
        assertThat(AnswerButton.parse(ButtonId.parse(id)))
                .contains(new AnswerButton.Click(AnswerButton.FOLLOW_UP, "1234567890123456789"));
        assertThat(AnswerButton.parse(ButtonId.parse("someone-else:x"))).isEmpty();
        assertThat(AnswerButton.parse(ButtonId.parse("bc:nope:1"))).isEmpty();
    }
}
