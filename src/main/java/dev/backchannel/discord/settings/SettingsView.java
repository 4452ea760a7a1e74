package dev.backchannel.discord.settings;

import dev.backchannel.discord.DiscordLimits;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import dev.backchannel.store.Setting;
import dev.backchannel.store.SettingChange;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumTag;

/** A server's settings as one embed, every setting with its effective value; and their history. */
final class SettingsView {

    private static final Color SETTINGS = new Color(0x4A5568);

    private final SettingsBounds bounds;

    SettingsView(SettingsBounds bounds) {
        this.bounds = bounds;
    }

    MessageEmbed settings(ServerSettings settings, Guild guild, Language language) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(SETTINGS)
                .setTitle(DiscordLimits.shorten(
                        SettingsText.title(language, guild.getName()), DiscordLimits.EMBED_TITLE));
        field(embed, language, Setting.LANGUAGE, language(settings.language(), language));
        field(
                embed,
                language,
                Setting.ANSWER_CHANNELS,
                settings.answerChannels().isEmpty()
                        ? SettingsText.everywhere(language)
                        : channels(settings.answerChannels()));
        field(
                embed,
                language,
                Setting.IGNORED_CHANNELS,
                settings.ignoredChannels().isEmpty()
                        ? SettingsText.none(language)
                        : channels(settings.ignoredChannels()));
        field(embed, language, Setting.EDUCATOR_ROLE, educatorRole(settings.educatorRoleId(), language));
        field(embed, language, Setting.PRIVATE_ANSWERS, SettingsText.visibility(language, settings.privateAnswers()));
        field(
                embed,
                language,
                Setting.LLM,
                bounds.modelAvailable()
                        ? SettingsText.onOff(language, settings.llmEnabled())
                        : SettingsText.notConfigured(language));
        int perMinute = Math.min(settings.userQuestionsPerMinute().orElse(bounds.ceiling()), bounds.ceiling());
        field(
                embed,
                language,
                Setting.USER_QUESTIONS_PER_MINUTE,
                SettingsText.perMinute(language, perMinute, bounds.ceiling()));
        field(
                embed,
                language,
                Setting.HELP_DESKS,
                settings.helpDesks().isEmpty()
                        ? SettingsText.none(language)
                        : helpDesks(settings.helpDesks(), guild, language));
        return embed.setFooter(SettingsText.footer(language)).build();
    }

    /** The changes, newest first: when, who, which setting, from what to what. */
    MessageEmbed history(List<SettingChange> changes, Language language) {
        List<String> lines = new ArrayList<>();
        for (SettingChange change : changes) {
            lines.add("<t:" + change.changedAt().getEpochSecond() + ":f> · <@" + change.changedBy() + "> · "
                    + SettingsText.label(language, change.setting()) + ": "
                    + value(change.setting(), change.oldValue(), language) + " → "
                    + value(change.setting(), change.newValue(), language));
        }
        String description = lines.isEmpty() ? SettingsText.noHistory(language) : String.join("\n", lines);
        return new EmbedBuilder()
                .setColor(SETTINGS)
                .setTitle(SettingsText.historyTitle(language))
                .setDescription(DiscordLimits.shorten(description, DiscordLimits.EMBED_DESCRIPTION))
                .build();
    }

    private static void field(EmbedBuilder embed, Language language, Setting setting, String value) {
        embed.addField(
                SettingsText.label(language, setting), DiscordLimits.shorten(value, DiscordLimits.FIELD_VALUE), false);
    }

    /** A stored value as an admin reads it; empty is the default. */
    private static String value(Setting setting, Optional<String> stored, Language language) {
        if (stored.isEmpty()) {
            return SettingsText.byDefault(language);
        }
        String value = stored.get();
        return switch (setting) {
            case LANGUAGE -> language(AnswerLanguage.of(value), language);
            case ANSWER_CHANNELS, IGNORED_CHANNELS -> channels(ServerSettings.ids(value));
            case EDUCATOR_ROLE -> "<@&" + value + ">";
            case PRIVATE_ANSWERS -> SettingsText.visibility(language, Boolean.parseBoolean(value));
            case LLM -> SettingsText.onOff(language, Boolean.parseBoolean(value));
            case USER_QUESTIONS_PER_MINUTE -> value;
            case HELP_DESKS -> channels(ServerSettings.helpDesks(value).keySet());
        };
    }

    private static String language(AnswerLanguage chosen, Language language) {
        return switch (chosen) {
            case AUTO -> SettingsText.auto(language);
            case VI -> "Tiếng Việt";
            case EN -> "English";
        };
    }

    private static String channels(Set<String> ids) {
        return ids.stream().map(id -> "<#" + id + ">").collect(Collectors.joining(", "));
    }

    private String educatorRole(String chosen, Language language) {
        if (!chosen.isEmpty()) {
            return "<@&" + chosen + ">";
        }
        return bounds.operatorRoleId().isBlank()
                ? SettingsText.manageMessagesOnly(language)
                : SettingsText.operatorsRole(language, bounds.operatorRoleId());
    }

    private static String helpDesks(Map<String, String> desks, Guild guild, Language language) {
        List<String> lines = new ArrayList<>();
        desks.forEach((forum, tag) -> lines.add(SettingsText.helpDesk(language, forum, tagName(guild, forum, tag))));
        return String.join("\n", lines);
    }

    private static String tagName(Guild guild, String forumId, String tagId) {
        if (tagId.isEmpty()) {
            return "";
        }
        ForumChannel forum = guild.getForumChannelById(forumId);
        ForumTag tag = forum == null ? null : forum.getAvailableTagById(tagId);
        return tag == null ? tagId : tag.getName();
    }
}
