package dev.backchannel.discord.answering;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.ButtonId;
import dev.backchannel.discord.ModalHandler;
import dev.backchannel.discord.ServerInstall;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.ProblemReason;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.StoreException;
import dev.backchannel.store.StoredAnswer;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Report a problem, the warning button under every answer: a form asks what is wrong and, if the
 * reader wishes, a few words more; the report is kept with the answer, once per person, for the
 * educators of the server it was given in and for the operator.
 */
public final class ReportProblem implements ModalHandler {

    private static final Logger log = LoggerFactory.getLogger(ReportProblem.class);

    static final String OWNER = "bcw";
    private static final String REASON = "reason";
    private static final String DETAILS = "details";

    private final QuestionLog questions;
    private final AnswerReports reports;

    public ReportProblem(QuestionLog questions, AnswerReports reports) {
        this.questions = questions;
        this.reports = reports;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    /** The form for reporting {@code entry}, in the reader's language. */
    Modal modalFor(StoredAnswer entry, Language language) {
        StringSelectMenu.Builder reasons =
                StringSelectMenu.create(REASON).setRequiredRange(1, 1).setRequired(true);
        for (ProblemReason reason : ProblemReason.values()) {
            reasons.addOption(ProblemText.reason(language, reason), reason.code());
        }
        TextInput details = TextInput.create(DETAILS, TextInputStyle.PARAGRAPH)
                .setRequired(false)
                .setMaxLength(AnswerReports.MAX_DETAILS)
                .setPlaceholder(ProblemText.detailsHint(language))
                .build();
        return Modal.create(ButtonId.of(OWNER, entry.answerRef()).customId(), ProblemText.title(language))
                .addComponents(
                        Label.of(ProblemText.reasonLabel(language), reasons.build()),
                        Label.of(ProblemText.detailsLabel(language), details))
                .build();
    }

    @Override
    public void submit(ModalInteractionEvent event, ButtonId id) {
        Language language = BotText.of(event.getUserLocale());
        String answerRef = String.join(":", id.elements());
        Optional<ProblemReason> reason = Optional.ofNullable(event.getValue(REASON))
                .map(ModalMapping::getAsStringList)
                .filter(values -> values.size() == 1)
                .flatMap(values -> ProblemReason.fromCode(values.get(0)));
        if (answerRef.isEmpty() || reason.isEmpty()) {
            // Only a forged or outdated form lacks these: Discord requires the choice.
            reply(event, BotText.error(language, "report"));
            return;
        }
        String details = Optional.ofNullable(event.getValue(DETAILS))
                .map(ModalMapping::getAsString)
                .orElse("");
        try {
            if (questions.answer(answerRef).isEmpty()) {
                reply(event, BotText.expired(language));
                return;
            }
            boolean kept = reports.report(answerRef, event.getUser().getId(), reason.get(), details);
            reply(
                    event,
                    !kept
                            ? ProblemText.already(language)
                            : ServerInstall.guildId(event) != null
                                    ? ProblemText.thanks(language)
                                    : ProblemText.thanksOutsideServer(language));
        } catch (StoreException e) {
            log.error("Report on answer {} not recorded", answerRef, e);
            reply(event, BotText.error(language, "report"));
        }
    }

    private static void reply(ModalInteractionEvent event, String text) {
        event.reply(AnswerMessages.text(text).build()).setEphemeral(true).queue();
    }
}
