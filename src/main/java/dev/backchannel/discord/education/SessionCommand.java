package dev.backchannel.discord.education;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Gate;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.QaSession;
import dev.backchannel.store.SessionReport;
import dev.backchannel.store.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * {@code /session start [title]}, {@code /session end}, {@code /session export}: a live Q&A in a
 * channel, for educators. While it runs, every question asked in the channel is answered and
 * numbered; the end posts a summary; the export is the transcript with sources, as Markdown and JSON.
 */
public final class SessionCommand implements SlashCommand {

    private final Sessions sessions;
    private final Educators educators;
    private final Gate gate;

    public SessionCommand(Sessions sessions, Educators educators, Gate gate) {
        this.sessions = sessions;
        this.educators = educators;
        this.gate = gate;
    }

    @Override
    public SlashCommandData data() {
        SlashCommandData data = Localized.describe(
                Commands.slash("session", "Educators: a live Q&A session in this channel"),
                "Educators: a live Q&A session in this channel",
                "Giáo viên: buổi hỏi đáp trực tiếp trong kênh này");
        SubcommandData start = new SubcommandData(
                        "start", "Start a session: every question here is answered and numbered")
                .addOptions(Localized.option(
                        new OptionData(OptionType.STRING, "title", "The session's title", false).setMaxLength(100),
                        "tieu-de",
                        "The session's title",
                        "Tiêu đề buổi hỏi đáp"));
        return data.addSubcommands(
                start,
                new SubcommandData("end", "End the session and post its summary"),
                new SubcommandData("export", "The transcript with sources (Markdown and JSON)"));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language language = BotText.of(event.getUserLocale());
        if (!educators.admit(event)) {
            return;
        }
        String channel = event.getChannel().getId();
        switch (String.valueOf(event.getSubcommandName())) {
            case "start" -> {
                String guildId =
                        event.getGuild() == null ? null : event.getGuild().getId();
                if (!gate.allows(guildId, channel)) {
                    event.reply(AnswerMessages.text(BotText.notHere(language)).build())
                            .setEphemeral(true)
                            .queue();
                    return;
                }
                String title = event.getOption(
                        "title", language == Language.VI ? "Buổi hỏi đáp" : "Q&A session", OptionMapping::getAsString);
                QaSession session = sessions.startSession(
                        event.getId(), channel, title, event.getUser().getId());
                String text = language == Language.VI
                        ? "Bắt đầu **" + session.title()
                                + "**: mình sẽ trả lời và đánh số mọi câu hỏi trong kênh này, không "
                                + "cần nhắc tên bot. Kết thúc bằng /session end."
                        : "**" + session.title()
                                + "** has started: I will answer and number every question asked in this "
                                + "channel, no mention needed. End it with /session end.";
                event.reply(AnswerMessages.text(text).build()).queue();
            }
            case "end" -> {
                Optional<QaSession> running = sessions.activeSession(channel);
                if (running.isEmpty()) {
                    event.reply(AnswerMessages.text(noSession(language)).build())
                            .setEphemeral(true)
                            .queue();
                    return;
                }
                sessions.endSession(running.get().id());
                SessionReport report = new SessionReport(
                        running.get(), sessions.transcript(running.get().id()));
                EmbedBuilder embed = new EmbedBuilder()
                        .setTitle(DiscordLimits.shorten(running.get().title(), DiscordLimits.EMBED_TITLE))
                        .setDescription(DiscordLimits.shorten(report.summary(), DiscordLimits.EMBED_DESCRIPTION));
                event.reply(AnswerMessages.text(null).setEmbeds(embed.build()).build())
                        .queue();
            }
            default -> {
                Optional<QaSession> latest = sessions.latestSession(channel);
                if (latest.isEmpty()) {
                    event.reply(AnswerMessages.text(noSession(language)).build())
                            .setEphemeral(true)
                            .queue();
                    return;
                }
                SessionReport report = new SessionReport(
                        latest.get(), sessions.transcript(latest.get().id()));
                event.reply(AnswerMessages.text(latest.get().title())
                                .setFiles(
                                        FileUpload.fromData(
                                                report.markdown().getBytes(StandardCharsets.UTF_8), "session.md"),
                                        FileUpload.fromData(
                                                report.json().getBytes(StandardCharsets.UTF_8), "session.json"))
                                .build())
                        .setEphemeral(true)
                        .queue();
            }
        }
    }

    private static String noSession(Language language) {
        return language == Language.VI
                ? "Không có buổi hỏi đáp nào trong kênh này."
                : "There is no session in this channel.";
    }
}
