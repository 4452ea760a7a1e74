package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.backchannel.FixtureApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.backchannel.answer.Answer;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

final class ButtonsTest {

  @RegisterExtension static final FixtureApp fixture = new FixtureApp();
  private java.util.Map<String, ButtonHandler> buttons;

  /** Sends a click to the feature its id names, as the router does. */
  private void handle(ButtonInteractionEvent event) {
    ButtonId id = ButtonId.parse(event.getComponentId());
    buttons.get(id.owner()).click(event, id);
  }

  private ButtonInteractionEvent click(String customId, DiscordLocale locale) {
    buttons =
        java.util.Map.of(
            "bc", new AnswerButtons(fixture.questions(), fixture.threads()),
            "bcs", new SessionModeration(new Educators("", DiscordMocks.UNSET)),
            "bct", new InfoCommands.Topics(new TopicCards(fixture.get()::knowledge)));
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    when(event.getComponentId()).thenReturn(customId);
    when(event.getUserLocale()).thenReturn(locale);
    net.dv8tion.jda.api.entities.User user = mock(net.dv8tion.jda.api.entities.User.class);
    when(user.getId()).thenReturn("300");
    when(event.getUser()).thenReturn(user);
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
    when(event.editMessage(any(MessageEditData.class))).thenReturn(mock(MessageEditCallbackAction.class, RETURNS_SELF));
    return event;
  }

  private static MessageCreateData reply(ButtonInteractionEvent event) {
    ArgumentCaptor<MessageCreateData> captor = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(event).reply(captor.capture());
    verify(event.reply(captor.getValue())).setEphemeral(true);
    return captor.getValue();
  }

  @Test
  @DisplayName("Sources shows the cited passages themselves, privately")
  void sources() {
    Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
    fixture.questions().recordQuestion(answer, "discord", "200", "300", "42");
    ButtonInteractionEvent event = click("bc:src:42", DiscordLocale.ENGLISH_US);

    handle(event);

    MessageCreateData message = reply(event);
    assertThat(message.getEmbeds().get(0).getFields()).isNotEmpty().first().satisfies(f -> {
      assertThat(f.getName()).startsWith("[1] Track II diplomacy — Definition");
      assertThat(f.getValue()).contains("unofficial dialogue").contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
    });
    assertThat(message.getAllowedMentions()).isEmpty();
  }

  @Test
  @DisplayName("thumbs up and down are acknowledged privately, in the user's language")
  void feedback() {
    fixture.questions().recordQuestion(fixture.get().answers().ask("What is Track II diplomacy?"), "discord", "200", "300", "42");
    ButtonInteractionEvent up = click("bc:up:42", DiscordLocale.ENGLISH_US);
    handle(up);
    ButtonInteractionEvent down = click("bc:down:42", DiscordLocale.VIETNAMESE);
    handle(down);

    assertThat(reply(up).getContent()).isEqualTo("Thanks! Your feedback is recorded.");
    assertThat(reply(down).getContent()).startsWith("Cảm ơn bạn!");
  }

  @Test
  @DisplayName("Follow up opens a thread on the answer, stores the conversation for any process, and says where, privately")
  void followUp() {
    fixture.questions().recordQuestion(fixture.get().answers().ask("What is Track II diplomacy?"), "discord", "200", "300", "42");
    ButtonInteractionEvent event = click("bc:thread:42", DiscordLocale.ENGLISH_US);
    when(event.deferReply(true)).thenReturn(mock(ReplyCallbackAction.class, RETURNS_SELF));
    net.dv8tion.jda.api.interactions.InteractionHook hook = mock(net.dv8tion.jda.api.interactions.InteractionHook.class);
    @SuppressWarnings("unchecked")
    net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit =
        mock(net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction.class, RETURNS_SELF);
    when(hook.editOriginal(org.mockito.ArgumentMatchers.anyString())).thenReturn(edit);
    when(event.getHook()).thenReturn(hook);
    net.dv8tion.jda.api.entities.Message message = mock(net.dv8tion.jda.api.entities.Message.class);
    net.dv8tion.jda.api.requests.restaction.ThreadChannelAction create = mock(net.dv8tion.jda.api.requests.restaction.ThreadChannelAction.class, RETURNS_SELF);
    net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel thread = mock(net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel.class);
    when(thread.getId()).thenReturn("700");
    when(thread.getAsMention()).thenReturn("<#700>");
    when(thread.sendMessage(any(MessageCreateData.class))).thenReturn(mock(net.dv8tion.jda.api.requests.restaction.MessageCreateAction.class, RETURNS_SELF));
    org.mockito.Mockito.doAnswer(i -> {
          java.util.function.Consumer<net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel> success = i.getArgument(0);
          success.accept(thread);
          return null;
        })
        .when(create)
        .queue(any(), any());
    when(message.createThreadChannel(org.mockito.ArgumentMatchers.anyString())).thenReturn(create);
    when(event.getMessage()).thenReturn(message);

    handle(event);

    verify(message).createThreadChannel("What is Track II diplomacy?");
    verify(hook).editOriginal("Opened <#700>: ask your follow-up questions there.");
    verify(edit).setAllowedMentions(Mentions.NONE);
    assertThat(fixture.threads().conversation("700")).hasValueSatisfying(turns -> assertThat(turns).extracting(t -> t.question()).containsExactly("What is Track II diplomacy?"));
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

  @Test
  @DisplayName("a button on an answer that is no longer remembered says so instead of failing")
  void expired() {
    ButtonInteractionEvent event = click("bc:src:unknown", DiscordLocale.ENGLISH_US);

    handle(event);

    assertThat(reply(event).getContent()).contains("too old");
  }

  @Test
  @DisplayName("topic page buttons turn the page in place")
  void topicPages() {
    ButtonInteractionEvent event = click("bct:all:1", DiscordLocale.ENGLISH_US);

    handle(event);

    ArgumentCaptor<MessageEditData> captor = ArgumentCaptor.forClass(MessageEditData.class);
    verify(event).editMessage(captor.capture());
    assertThat(captor.getValue().getEmbeds().get(0).getTitle()).isEqualTo("Topics · 1/1");
  }
}
