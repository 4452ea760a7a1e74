package dev.backchannel.discord;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.CitedSection;
import dev.backchannel.discord.answering.AnswerButton;
import dev.backchannel.discord.education.SessionModeration;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.store.CitedSource;
import dev.backchannel.store.StoredAnswer;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** Answers as Discord messages: an embed with the cited answer, its sources, and buttons. */
public final class AnswerMessages {

    private static final Color ANSWERED = new Color(0x2B6CB0);
    private static final Color ABSTAINED = new Color(0x718096);

    private AnswerMessages() {}

    static MessageEmbed embed(Answer answer) {
        Language language = answer.language();
        EmbedBuilder embed = new EmbedBuilder();
        embed.setColor(answer.abstained() ? ABSTAINED : ANSWERED);
        embed.setTitle(DiscordLimits.shorten(MarkdownSanitizer.escape(answer.question()), DiscordLimits.EMBED_TITLE));
        embed.setDescription(DiscordLimits.shorten(answer.text(), DiscordLimits.EMBED_DESCRIPTION));
        List<String> lines = new ArrayList<>();
        for (CitedSection source : answer.citedSections()) {
            Passage passage = source.passage();
            lines.add(sourceLine(
                    source.markers(),
                    passage.title(),
                    passage.section(),
                    passage.firstUrl(),
                    passage.notedBy(),
                    language));
        }
        addSources(embed, lines, language);
        embed.setFooter(BotText.footer(language, answer.mode().code()));
        return embed.build();
    }

    /**
     * A numbered source, its title and section linked to its page when it has one; a server's course
     * notes say so and who added them, and are never linked, their addresses being unchecked.
     */
    private static String sourceLine(
            String markers, String title, String section, String url, String notedBy, Language language) {
        String label = MarkdownSanitizer.escape(title + " — " + section).replace("]", "\\]");
        if (!notedBy.isEmpty()) {
            return markers + " " + label + " · " + MarkdownSanitizer.escape(BotText.courseNotesBy(language, notedBy));
        }
        return markers + " " + (url.isEmpty() ? label : "[" + label + "](" + url.replace(")", "%29") + ")");
    }

    /** The source lines as fields within Discord's limits: Sources, then More sources. */
    private static void addSources(EmbedBuilder embed, List<String> lines, Language language) {
        List<String> chunks = DiscordLimits.pack(lines, DiscordLimits.FIELD_VALUE);
        for (int i = 0; i < chunks.size() && i < DiscordLimits.FIELDS; i++) {
            embed.addField(i == 0 ? BotText.sources(language) : BotText.moreSources(language), chunks.get(i), false);
        }
    }

    /**
     * The buttons under an answer; an abstention has no sources to show or thread to continue. A
     * private answer has no Follow up, since its thread would be public and named with the question,
     * but a Share button that posts it for the channel to see. Every answer can be reported.
     */
    static List<ActionRow> buttons(Answer answer, String answerId, boolean privately) {
        if (answer.abstained()) {
            return List.of();
        }
        Language language = answer.language();
        List<Button> buttons = new ArrayList<>(List.of(
                Button.secondary(AnswerButton.SOURCES.id(answerId), BotText.sources(language))
                        .withEmoji(Emoji.fromUnicode("📚")),
                Button.secondary(AnswerButton.HELPFUL.id(answerId), Emoji.fromUnicode("👍")),
                Button.secondary(AnswerButton.NOT_HELPFUL.id(answerId), Emoji.fromUnicode("👎"))));
        if (!privately) {
            buttons.add(Button.primary(AnswerButton.FOLLOW_UP.id(answerId), BotText.followUp(language))
                    .withEmoji(Emoji.fromUnicode("🧵")));
        } else {
            buttons.add(Button.primary(AnswerButton.SHARE.id(answerId), BotText.share(language))
                    .withEmoji(Emoji.fromUnicode("📣")));
        }
        buttons.add(Button.secondary(AnswerButton.REPORT.id(answerId), BotText.reportProblem(language))
                .withEmoji(Emoji.fromUnicode("⚠️")));
        return List.of(ActionRow.of(buttons));
    }

    /** The answer a deferred reply is edited into; {@code privately} when only the asker sees it. */
    public static MessageEditData edit(Answer answer, String answerId, boolean privately) {
        return new MessageEditBuilder()
                .setContent("")
                .setEmbeds(embed(answer))
                .setComponents(buttons(answer, answerId, privately))
                .setAllowedMentions(Mentions.NONE)
                .mentionRepliedUser(false)
                .build();
    }

    /** An answer in a Q&A session, titled with its number there. */
    public static MessageCreateData numbered(Answer answer, String answerId, int number) {
        MessageEmbed plain = embed(answer);
        EmbedBuilder titled = new EmbedBuilder(plain);
        if (number > 0) {
            titled.setTitle(DiscordLimits.shorten("Q" + number + ". " + plain.getTitle(), DiscordLimits.EMBED_TITLE));
        }
        List<ActionRow> rows = new ArrayList<>(buttons(answer, answerId, false));
        rows.add(SessionModeration.buttons(answer.language()));
        return new MessageCreateBuilder()
                .setEmbeds(titled.build())
                .setComponents(rows)
                .setAllowedMentions(Mentions.NONE)
                .mentionRepliedUser(false)
                .build();
    }

    /** An answer still being written by a language model, shown as plain text until it is checked. */
    public static MessageEditData partial(String soFar) {
        return new MessageEditBuilder()
                .setContent(DiscordLimits.shorten(soFar, DiscordLimits.MESSAGE - 2) + " …")
                .setAllowedMentions(Mentions.NONE)
                .mentionRepliedUser(false)
                .build();
    }

    public static MessageCreateData create(Answer answer, String answerId) {
        return new MessageCreateBuilder()
                .setEmbeds(embed(answer))
                .setComponents(buttons(answer, answerId, false))
                .setAllowedMentions(Mentions.NONE)
                .mentionRepliedUser(false)
                .build();
    }

    /**
     * A private answer made public by whoever asked it: the question, the answer and its sources as
     * they were, signed with the asker's name as text, so that nobody is pinged.
     */
    public static MessageCreateData shared(StoredAnswer answer, String askerName) {
        Language language = answer.language();
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWERED);
        embed.setTitle(DiscordLimits.shorten(MarkdownSanitizer.escape(answer.question()), DiscordLimits.EMBED_TITLE));
        embed.setDescription(DiscordLimits.shorten(answer.answer(), DiscordLimits.EMBED_DESCRIPTION));
        List<String> lines = new ArrayList<>();
        for (CitedSource source : answer.sources()) {
            lines.add(sourceLine(
                    "[" + source.n() + "]",
                    source.title(),
                    source.section(),
                    source.url() == null ? "" : source.url(),
                    source.notedBy() == null ? "" : source.notedBy(),
                    language));
        }
        addSources(embed, lines, language);
        embed.setFooter(DiscordLimits.shorten(BotText.sharedBy(language, askerName), DiscordLimits.FOOTER));
        return text(null).setEmbeds(embed.build()).build();
    }

    /** The cited passages themselves, for the Sources button. */
    public static MessageCreateData sources(StoredAnswer answer) {
        EmbedBuilder embed = new EmbedBuilder().setColor(ANSWERED).setTitle(BotText.sources(answer.language()));
        for (CitedSource source :
                answer.sources().stream().limit(DiscordLimits.FIELDS).toList()) {
            String name =
                    DiscordLimits.shorten("[" + source.n() + "] " + source.title() + " — " + source.section(), 256);
            String excerpt = source.excerpt() == null ? "" : source.excerpt();
            String value = DiscordLimits.shorten(excerpt, DiscordLimits.FIELD_VALUE - 200);
            String under = source.notedBy() != null && !source.notedBy().isEmpty()
                    ? MarkdownSanitizer.escape(BotText.courseNotesBy(answer.language(), source.notedBy()))
                    : source.url() == null ? "" : source.url();
            if (!under.isEmpty()) {
                value = value.isEmpty() ? under : value + "\n" + under;
            }
            embed.addField(name, value.isEmpty() ? "—" : value, false);
        }
        return text(null).setEmbeds(embed.build()).build();
    }

    /** A plain message with mentions off; {@code content} may be null. */
    public static MessageCreateBuilder text(String content) {
        MessageCreateBuilder builder =
                new MessageCreateBuilder().setAllowedMentions(Mentions.NONE).mentionRepliedUser(false);
        if (content != null) {
            builder.setContent(DiscordLimits.shorten(content, DiscordLimits.MESSAGE));
        }
        return builder;
    }
}
