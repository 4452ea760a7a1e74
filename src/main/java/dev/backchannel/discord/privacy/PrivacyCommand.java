package dev.backchannel.discord.privacy;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.Mentions;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.KeptData;
import dev.backchannel.store.PersonalData;
import dev.backchannel.store.RecordCounts;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * {@code /privacy show} and {@code /privacy forget}: anyone sees what the bot keeps about them and
 * has it deleted, privately. Forgetting asks for a click first; the click deletes whatever is kept
 * then, so a second click finds nothing and says so. Each acts on the clicker's own records only.
 */
public final class PrivacyCommand implements SlashCommand, ButtonHandler {

    /** The owner of the confirmation buttons: {@code bcp:forget} and {@code bcp:keep}. */
    static final String OWNER = "bcp";

    private static final String FORGET = "forget";
    private static final String KEEP = "keep";

    private final PersonalData data;
    private final int retentionDays;

    public PrivacyCommand(PersonalData data, int retentionDays) {
        this.data = data;
        this.retentionDays = retentionDays;
    }

    @Override
    public SlashCommandData data() {
        return Localized.describe(
                        Commands.slash("privacy", "What Backchannel keeps about you, and deleting it"),
                        "What Backchannel keeps about you, and deleting it",
                        "Backchannel lưu gì về bạn, và xóa chúng")
                .addSubcommands(
                        Localized.subcommand(
                                "show", "xem", "What Backchannel keeps about you", "Backchannel lưu gì về bạn"),
                        Localized.subcommand(
                                "forget",
                                "xoa",
                                "Delete your questions, votes, quiz answers and reports everywhere",
                                "Xóa câu hỏi, lượt bình chọn, câu trả lời quiz và báo lỗi của bạn ở mọi nơi"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language language = BotText.of(event.getUserLocale());
        KeptData kept = data.kept(event.getUser().getId());
        if (!FORGET.equals(event.getSubcommandName())) {
            String text = PrivacyText.kept(language, kept, BotText.dataKept(language, retentionDays));
            event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
            return;
        }
        if (kept.isEmpty()) {
            event.reply(AnswerMessages.text(PrivacyText.nothingLeft(language)).build())
                    .setEphemeral(true)
                    .queue();
            return;
        }
        ActionRow buttons = ActionRow.of(
                Button.danger(ButtonId.of(OWNER, FORGET).customId(), PrivacyText.forgetButton(language)),
                Button.secondary(ButtonId.of(OWNER, KEEP).customId(), PrivacyText.keepButton(language)));
        event.reply(AnswerMessages.text(PrivacyText.confirm(language, kept.counts()))
                        .setComponents(buttons)
                        .build())
                .setEphemeral(true)
                .queue();
    }

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        Language language = BotText.of(event.getUserLocale());
        String text;
        if (id.elements().equals(List.of(FORGET))) {
            RecordCounts deleted = data.forget(event.getUser().getId());
            text = deleted.isEmpty() ? PrivacyText.nothingLeft(language) : PrivacyText.deleted(language, deleted);
        } else if (id.elements().equals(List.of(KEEP))) {
            text = PrivacyText.nothingDeleted(language);
        } else {
            return;
        }
        event.editMessage(new MessageEditBuilder()
                        .setContent(text)
                        .setComponents()
                        .setAllowedMentions(Mentions.NONE)
                        .build())
                .queue();
    }
}
