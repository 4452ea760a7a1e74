package dev.backchannel.discord.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A modal a person submits in the bot's DM, for {@link FakeDiscord#dispatchModalSubmit}: the
 * modal's custom id and each text input's value under the input's custom id.
 */
public record ModalSubmit(String customId, long channelId, FakeUser user, Map<String, String> values) {

    public ModalSubmit {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(user, "user");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ModalSubmit inDm(String customId, long channelId, FakeUser user, String inputId, String value) {
        return new ModalSubmit(customId, channelId, user, Map.of(inputId, value));
    }
}
