package dev.backchannel.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A slash command a person runs in a guild channel (or a thread), for {@link
 * FakeDiscord#dispatchSlashCommand}. Immutable: each {@code with...} returns a copy.
 *
 * <pre>{@code
 * SlashCommand.of("ask", GUILD, CHANNEL, ALICE).withOption("question", "What is track two?")
 * }</pre>
 */
public record SlashCommand(
        String name,
        String subcommand,
        long guildId,
        long channelId,
        FakeUser user,
        String locale,
        List<Option> options,
        Place place) {

    /** Where the command is run: a guild channel, or, from a student's own install, the bot's DM or a group DM. */
    public enum Place {
        GUILD,
        BOT_DM,
        GROUP_DM
    }

    /**
     * An option as Discord sends it: {@code type} is 3 string, 4 integer, 5 boolean, 7 channel, 8
     * role, 10 number. A channel or role option's value is its id; the fake adds it to the
     * interaction's resolved data.
     */
    public record Option(String name, int type, Object value) {}

    /** A file attached to an attachment option: the fake publishes it and resolves it in the interaction. */
    public record FileAttachment(String fileName, byte[] content) {}

    /** An attachment as published, for the interaction's {@code resolved} data. */
    record PublishedAttachment(long id, String fileName, int size, String url) {}

    static final int OPTION_TYPE_ATTACHMENT = 11;

    public SlashCommand {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(user, "user");
        options = List.copyOf(options);
    }

    public static SlashCommand of(String name, long guildId, long channelId, FakeUser user) {
        return new SlashCommand(name, null, guildId, channelId, user, "en-US", List.of(), Place.GUILD);
    }

    /** A command from the user's own install, run in {@code place} (not a guild), in channel {@code channelId}. */
    public static SlashCommand userInstalled(String name, Place place, long channelId, FakeUser user) {
        return new SlashCommand(name, null, 0, channelId, user, "en-US", List.of(), place);
    }

    /** The user's client locale, e.g. {@code vi}; the guild's locale comes from its fixture. */
    public SlashCommand withLocale(String newLocale) {
        return new SlashCommand(name, subcommand, guildId, channelId, user, newLocale, options, place);
    }

    /** Nests the options under a subcommand, as in {@code /settings language}. */
    public SlashCommand withSubcommand(String newSubcommand) {
        return new SlashCommand(name, newSubcommand, guildId, channelId, user, locale, options, place);
    }

    public SlashCommand withOption(String optionName, String value) {
        return withOption(new Option(optionName, 3, value));
    }

    public SlashCommand withOption(String optionName, long value) {
        return withOption(new Option(optionName, 4, value));
    }

    public SlashCommand withOption(String optionName, boolean value) {
        return withOption(new Option(optionName, 5, value));
    }

    public SlashCommand withAttachment(String optionName, String fileName, byte[] content) {
        return withOption(new Option(optionName, OPTION_TYPE_ATTACHMENT, new FileAttachment(fileName, content)));
    }

    public SlashCommand withChannelOption(String optionName, long channelId) {
        return withOption(new Option(optionName, 7, Json.id(channelId)));
    }

    public SlashCommand withRoleOption(String optionName, long roleId) {
        return withOption(new Option(optionName, 8, Json.id(roleId)));
    }

    public SlashCommand withOption(Option option) {
        List<Option> more = new ArrayList<>(options);
        more.add(option);
        return new SlashCommand(name, subcommand, guildId, channelId, user, locale, more, place);
    }
}
