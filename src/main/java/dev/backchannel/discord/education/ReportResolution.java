package dev.backchannel.discord.education;

import static dev.backchannel.discord.BotText.say;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonHandler;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.ReportScope;
import dev.backchannel.store.ReportedAnswer;
import dev.backchannel.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons under {@code /report} that mark a reported answer resolved, one per open report: an
 * educator resolves what was reported in their own server only.
 */
public final class ReportResolution implements ButtonHandler {

    private static final Logger log = LoggerFactory.getLogger(ReportResolution.class);

    static final String OWNER = "bcr";
    /** Discord allows five rows of five buttons; more open reports are in the attached file. */
    private static final int MAX_BUTTONS = 25;

    private static final int PER_ROW = 5;

    private final AnswerReports reports;
    private final Educators educators;

    public ReportResolution(AnswerReports reports, Educators educators) {
        this.reports = reports;
        this.educators = educators;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /** A Resolve button for each of the first open reports, by the number the report lists. */
    static List<ActionRow> buttons(List<ReportedAnswer> open, Language language) {
        List<Button> buttons = open.stream()
                .limit(MAX_BUTTONS)
                .map(report -> Button.success(
                        ButtonId.of(OWNER, Long.toString(report.id())).customId(),
                        say(language, "Đã xử lý #", "Resolved #") + report.id()))
                .toList();
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(i + PER_ROW, buttons.size()))));
        }
        return rows;
    }

    @Override
    public void click(ButtonInteractionEvent event, ButtonId id) {
        Language language = BotText.of(event.getUserLocale());
        if (id.elements().size() != 1 || !id.elements().get(0).matches("\\d{1,18}") || event.getGuild() == null) {
            return;
        }
        if (!educators.admit(event)) {
            return;
        }
        String number = id.elements().get(0);
        String text;
        try {
            boolean resolved = reports.resolve(
                    Long.parseLong(number), ReportScope.server(event.getGuild().getId()));
            text = resolved
                    ? say(
                            language,
                            "Đã đánh dấu báo cáo #" + number + " là đã xử lý.",
                            "Report #" + number + " is marked resolved.")
                    : say(
                            language,
                            "Báo cáo #" + number + " đã được xử lý trước đó.",
                            "Report #" + number + " was already resolved.");
        } catch (StoreException e) {
            log.error("Report {} not resolved", number, e);
            text = BotText.error(language, "resolve");
        }
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }
}
