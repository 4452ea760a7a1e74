package dev.backchannel.discord.fake;

import java.util.Objects;

/**
 * A click on a button of a message, for {@link FakeDiscord#dispatchButtonClick}. When the message
 * was created through the fake's REST API, the interaction carries that message with its
 * components; otherwise a bot message holding just this button.
 */
public record ButtonClick(String customId, long messageId, long guildId, long channelId, FakeUser user, String locale) {

    public ButtonClick {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(user, "user");
    }

    public static ButtonClick of(String customId, long messageId, long guildId, long channelId, FakeUser user) {
        return new ButtonClick(customId, messageId, guildId, channelId, user, "en-US");
    }

    public ButtonClick withLocale(String newLocale) {
        return new ButtonClick(customId, messageId, guildId, channelId, user, newLocale);
    }
}
