package dev.backchannel.discord;

import dev.backchannel.knowledge.Language;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** The educator's buttons under a session answer: pin it to the channel, or dismiss (delete) it. */
final class SessionModeration {

  static final String PIN = "bcs:pin";
  static final String DISMISS = "bcs:dismiss";

  private final Educators educators;

  SessionModeration(Educators educators) {
    this.educators = educators;
  }

  static ActionRow buttons(Language language) {
    return ActionRow.of(
        Button.secondary(PIN, language == Language.VI ? "Ghim" : "Pin").withEmoji(Emoji.fromUnicode("📌")),
        Button.danger(DISMISS, language == Language.VI ? "Bỏ" : "Dismiss").withEmoji(Emoji.fromUnicode("🗑")));
  }

  static boolean owns(String customId) {
    return customId.equals(PIN) || customId.equals(DISMISS);
  }

  void handle(ButtonInteractionEvent event) {
    Language language = BotText.of(event.getUserLocale());
    if (!educators.admit(event)) {
      return;
    }
    boolean pin = event.getComponentId().equals(PIN);
    (pin ? event.getMessage().pin() : event.getMessage().delete()).queue();
    String done = pin ? (language == Language.VI ? "Đã ghim câu trả lời." : "Answer pinned.") : (language == Language.VI ? "Đã bỏ câu trả lời." : "Answer dismissed.");
    event.reply(AnswerMessages.text(done).build()).setEphemeral(true).queue();
  }
}
