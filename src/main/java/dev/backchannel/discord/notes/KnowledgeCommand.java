package dev.backchannel.discord.notes;

import dev.backchannel.discord.AnswerMessages;
import dev.backchannel.discord.BotText;
import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.discord.Localized;
import dev.backchannel.discord.SlashCommand;
import dev.backchannel.discord.education.Educators;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.notes.AddOutcome;
import dev.backchannel.notes.CourseNotes;
import dev.backchannel.store.StoreException;
import dev.backchannel.store.StoredNote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /knowledge add|template|list|show|remove}: a server's educators keep their own course
 * notes beside the shared knowledge, for questions asked in their server only. Every reply is
 * private.
 */
public final class KnowledgeCommand implements SlashCommand {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeCommand.class);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    /** Problems listed in a reply; the rest are counted. */
    private static final int SHOWN_PROBLEMS = 15;

    private static final long DOWNLOAD_SECONDS = 20;

    private final CourseNotes notes;
    private final Educators educators;

    public KnowledgeCommand(CourseNotes notes, Educators educators) {
        this.notes = notes;
        this.educators = educators;
    }

    @Override
    public SlashCommandData data() {
        SlashCommandData data = Localized.describe(
                Commands.slash("knowledge", "Educators: this server's own course notes"),
                "Educators: this server's own course notes",
                "Giáo viên: ghi chú riêng của server này");
        OptionData file = Localized.option(
                new OptionData(OptionType.ATTACHMENT, "file", "A Markdown file in the knowledge format", true),
                "tep",
                "A Markdown file in the knowledge format",
                "Tệp Markdown theo định dạng kho kiến thức");
        OptionData id = Localized.option(
                new OptionData(OptionType.STRING, "id", "The topic's id, as /knowledge list shows it", true)
                        .setMaxLength(100),
                "ma",
                "The topic's id, as /knowledge list shows it",
                "Mã chủ đề, như /knowledge list hiển thị");
        data.addSubcommands(
                new SubcommandData("add", "Add or update a topic of notes from a Markdown file").addOptions(file),
                new SubcommandData("template", "A template file to start from"),
                new SubcommandData("list", "This server's notes"),
                new SubcommandData("show", "One topic of notes, as its file").addOptions(id),
                new SubcommandData("remove", "Remove a topic of notes").addOptions(id));
        data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
        return data;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        Language language = BotText.of(event.getUserLocale());
        if (event.getGuild() == null || !educators.admit(event)) {
            return;
        }
        String guildId = event.getGuild().getId();
        try {
            switch (String.valueOf(event.getSubcommandName())) {
                case "add" -> add(event, guildId, language);
                case "template" -> reply(event, NotesText.template(language), template(language));
                case "list" -> list(event, guildId, language);
                case "show" -> show(event, guildId, language);
                default -> remove(event, guildId, language);
            }
        } catch (StoreException e) {
            log.error("/knowledge {} failed in server {}", event.getSubcommandName(), guildId, e);
            reply(event, BotText.error(language, "knowledge"));
        }
    }

    private void add(SlashCommandInteractionEvent event, String guildId, Language language) {
        Message.Attachment attachment = event.getOption("file", OptionMapping::getAsAttachment);
        if (attachment == null) {
            return;
        }
        if (attachment.getSize() > notes.maxFileBytes()) {
            reply(event, NotesText.tooLarge(language, attachment.getSize(), notes.maxFileBytes()));
            return;
        }
        event.deferReply(true).queue();
        byte[] bytes;
        try (InputStream in = attachment.getProxy().download().get(DOWNLOAD_SECONDS, TimeUnit.SECONDS)) {
            // Read one byte past the limit: Discord's size could be wrong, the bytes cannot.
            bytes = in.readNBytes((int) notes.maxFileBytes() + 1);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Course notes {} not downloaded: {}", attachment.getFileName(), e.toString());
            edit(event, NotesText.notDownloaded(language));
            return;
        }
        AddOutcome outcome = notes.add(
                guildId,
                attachment.getFileName(),
                bytes,
                event.getUser().getId(),
                event.getUser().getEffectiveName());
        StringBuilder text = new StringBuilder();
        if (outcome.added()) {
            text.append(NotesText.added(
                    language, outcome.topic().get().id(), outcome.topic().get().title(), outcome.replaced()));
            appendProblems(text, NotesText.warnings(language), outcome.warnings());
        } else {
            appendProblems(text, NotesText.refused(language), outcome.errors());
        }
        edit(event, text.toString());
    }

    private static void appendProblems(StringBuilder text, String heading, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        text.append(text.isEmpty() ? "" : "\n\n").append(heading);
        problems.stream()
                .limit(SHOWN_PROBLEMS)
                .forEach(p -> text.append("\n- line ")
                        .append(p.line())
                        .append(": ")
                        .append(p.message().replace("`", "'")));
        if (problems.size() > SHOWN_PROBLEMS) {
            text.append("\n- … ").append(problems.size() - SHOWN_PROBLEMS).append(" more");
        }
    }

    private void list(SlashCommandInteractionEvent event, String guildId, Language language) {
        List<StoredNote> current = notes.list(guildId);
        if (current.isEmpty()) {
            reply(event, NotesText.none(language));
            return;
        }
        List<String> lines = new ArrayList<>();
        for (StoredNote note : current) {
            lines.add(NotesText.line(
                    language,
                    note.topicId(),
                    note.language(),
                    note.title(),
                    note.addedByName(),
                    DAY.format(note.addedAt())));
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(NotesText.listTitle(language, current.size(), notes.maxTopics()))
                .setDescription(DiscordLimits.shorten(String.join("\n", lines), DiscordLimits.EMBED_DESCRIPTION));
        event.reply(AnswerMessages.text(null).setEmbeds(embed.build()).build())
                .setEphemeral(true)
                .queue();
    }

    private void show(SlashCommandInteractionEvent event, String guildId, Language language) {
        String id = event.getOption("id", "", OptionMapping::getAsString).strip();
        List<StoredNote> versions = notes.show(guildId, id);
        if (versions.isEmpty()) {
            reply(event, NotesText.unknown(language, id));
            return;
        }
        List<FileUpload> files = versions.stream()
                .map(v -> FileUpload.fromData(
                        v.content().getBytes(StandardCharsets.UTF_8), v.topicId() + "." + v.language() + ".md"))
                .toList();
        event.reply(AnswerMessages.text("`" + id + "`").setFiles(files).build())
                .setEphemeral(true)
                .queue();
    }

    private void remove(SlashCommandInteractionEvent event, String guildId, Language language) {
        String id = event.getOption("id", "", OptionMapping::getAsString).strip();
        int removed = notes.remove(
                guildId, id, event.getUser().getId(), event.getUser().getEffectiveName());
        reply(event, removed == 0 ? NotesText.unknown(language, id) : NotesText.removed(language, id, removed));
    }

    private static FileUpload template(Language language) {
        String name = "template-" + language.code() + ".md";
        try (InputStream in = KnowledgeCommand.class.getResourceAsStream("/notes/" + name)) {
            return FileUpload.fromData(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped template " + name + " cannot be read", e);
        }
    }

    private static void reply(SlashCommandInteractionEvent event, String text, FileUpload... files) {
        event.reply(AnswerMessages.text(DiscordLimits.shorten(text, DiscordLimits.MESSAGE))
                        .setFiles(files)
                        .build())
                .setEphemeral(true)
                .queue();
    }

    private static void edit(SlashCommandInteractionEvent event, String text) {
        event.getHook()
                .sendMessage(AnswerMessages.text(DiscordLimits.shorten(text, DiscordLimits.MESSAGE))
                        .build())
                .setEphemeral(true)
                .queue();
    }
}
