package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.knowledge.Language;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/** The educator's buttons under a session answer: pin it to the channel, or dismiss (delete) it. */
public final class SessionModeration implements ButtonHandler {

    /** The owner of the moderation buttons: {@code bcs:pin} and {@code bcs:dismiss}. */
    static final String OWNER = "bcs";

    private static final String PIN = "pin";
    private static final String DISMISS = "dismiss";

    private final Educators educators;

    public SessionModeration(Educators educators) {
        this.educators = educators;
    }

    public static ActionRow buttons(Language language) {
        return ActionRow.of(
                Button.secondary(ButtonId.of(OWNER, PIN).customId(), language == Language.VI ? "Ghim" : "Pin")
                        .withEmoji(Emoji.fromUnicode("📌")),
                Button.danger(ButtonId.of(OWNER, DISMISS).customId(), language == Language.VI ? "Bỏ" : "Dismiss")
                        .withEmoji(Emoji.fromUnicode("🗑")));
    }

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        boolean pin = id.elements().equals(List.of(PIN));
        if (!pin && !id.elements().equals(List.of(DISMISS))) {
            return;
        }
        Language language = BotText.of(event.getUserLocale());
        if (!educators.admit(event)) {
            return;
        }
        (pin ? event.getMessage().pin() : event.getMessage().delete()).queue();
        String done = pin
                ? (language == Language.VI ? "Đã ghim câu trả lời." : "Answer pinned.")
                : (language == Language.VI ? "Đã bỏ câu trả lời." : "Answer dismissed.");
        event.reply(AnswerMessages.text(done).build()).setEphemeral(true).queue();
    }
}
