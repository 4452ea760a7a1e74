package dev.backchannel.discord;

import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** Vietnamese and English names and descriptions for commands and their options. */
public final class Localized {

    private Localized() {}

    public static SlashCommandData describe(SlashCommandData data, String english, String vietnamese) {
        return data.setDescriptionLocalizations(
                Map.of(DiscordLocale.ENGLISH_US, english, DiscordLocale.VIETNAMESE, vietnamese));
    }

    public static OptionData option(OptionData option, String vietnameseName, String english, String vietnamese) {
        return option.setNameLocalization(DiscordLocale.VIETNAMESE, vietnameseName)
                .setDescriptionLocalizations(
                        Map.of(DiscordLocale.ENGLISH_US, english, DiscordLocale.VIETNAMESE, vietnamese));
    }

    public static SubcommandData subcommand(String name, String vietnameseName, String english, String vietnamese) {
        return new SubcommandData(name, english)
                .setNameLocalization(DiscordLocale.VIETNAMESE, vietnameseName)
                .setDescriptionLocalizations(
                        Map.of(DiscordLocale.ENGLISH_US, english, DiscordLocale.VIETNAMESE, vietnamese));
    }
}
