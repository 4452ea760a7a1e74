package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Language;
import dev.backchannel.notes.CourseNotes;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.GapReport;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.ReportScope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * {@code /report [days]} for educators: what was asked in their server, what the bot could not
 * answer there and which answers were reported, each with a button to mark it resolved.
 */
public final class ReportCommand implements SlashCommand {

    private final QuestionLog questions;
    private final AnswerReports reports;
    private final Educators educators;
    private final Clock clock;
    private final CourseNotes notes;

    public ReportCommand(
            QuestionLog questions, AnswerReports reports, Educators educators, Clock clock, CourseNotes notes) {
        this.questions = questions;
        this.reports = reports;
        this.notes = notes;
        this.educators = educators;
        this.clock = clock;
    }

    @Override
    public SlashCommandData data() {
        SlashCommandData data =
                Commands.slash("report", "Educators: questions asked and what the bot could not answer");
        Localized.describe(
                data,
                "Educators: questions asked and what the bot could not answer",
                "Giáo viên: các câu đã hỏi và câu bot chưa trả lời được");
        data.addOptions(Localized.option(
                new OptionData(OptionType.INTEGER, "days", "How many days back (default 30)", false)
                        .setRequiredRange(1, 365),
                "so-ngay",
                "How many days back (default 30)",
                "Số ngày gần đây (mặc định 30)"));
        // Shown to members who can manage messages; the role check below covers configured educators.
        data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
        return data;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language language = BotText.of(event.getUserLocale());
        if (!educators.admit(event)) {
            return;
        }
        event.deferReply(true).queue();
        int days = event.getOption("days", 30, OptionMapping::getAsInt);
        Instant since = clock.instant().minus(Duration.ofDays(days));
        // An educator is a member of the server the command came from: what others asked elsewhere,
        // in other servers, in direct messages or on the console, is none of theirs.
        ReportScope scope = ReportScope.server(event.getMember().getGuild().getId());
        GapReport report = GapReport.read(questions, reports, since, scope)
                .withCourseNotes(notes.list(scope.guildId().orElseThrow()).size());
        String markdown = report.markdown();
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(BotText.reportTitle(language, days))
                .setDescription(DiscordLimits.shorten(markdown, DiscordLimits.EMBED_DESCRIPTION));
        event.getHook()
                .sendMessage(AnswerMessages.text(null)
                        .setEmbeds(embed.build())
                        .setFiles(
                                FileUpload.fromData(markdown.getBytes(StandardCharsets.UTF_8), "backchannel-report.md"))
                        .setComponents(ReportResolution.buttons(report.reported(), language))
                        .build())
                .setEphemeral(true)
                .queue();
    }
}
