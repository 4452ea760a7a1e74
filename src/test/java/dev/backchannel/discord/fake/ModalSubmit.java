package dev.backchannel.discord.fake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A modal a person submits, for {@link FakeDiscord#dispatchModalSubmit}: the modal's custom id,
 * each text input's value and each select menu's chosen values under the component's custom id.
 * A guild id of 0 means the bot's DM.
 */
public record ModalSubmit(
        String customId,
        long guildId,
        long channelId,
        FakeUser user,
        Map<String, String> values,
        Map<String, List<String>> choices) {

    public ModalSubmit {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(user, "user");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    public static ModalSubmit inDm(String customId, long channelId, FakeUser user, String inputId, String value) {
        return new ModalSubmit(customId, 0, channelId, user, Map.of(inputId, value), Map.of());
    }

    /** A modal with nothing filled in yet, submitted in a guild channel. */
    public static ModalSubmit inGuild(String customId, long guildId, long channelId, FakeUser user) {
        return new ModalSubmit(customId, guildId, channelId, user, Map.of(), Map.of());
    }

    public ModalSubmit withText(String inputId, String value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(inputId, value);
        return new ModalSubmit(customId, guildId, channelId, user, more, choices);
    }

    public ModalSubmit withChoice(String selectId, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(choices);
        more.put(selectId, List.of(value));
        return new ModalSubmit(customId, guildId, channelId, user, values, more);
    }
}
