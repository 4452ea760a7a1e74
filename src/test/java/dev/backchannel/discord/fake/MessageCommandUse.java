package dev.backchannel.discord.fake;

import java.util.Objects;

/**
 * Someone picks a command from a message's context menu (Apps → …) in the bot's DM, from their
 * own install, for {@link FakeDiscord#dispatchMessageCommand}: the message is written by {@code
 * author} and says {@code content}.
 */
public record MessageCommandUse(
        String name, long channelId, long messageId, FakeUser author, String content, FakeUser user, String locale) {

    public MessageCommandUse {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(user, "user");
    }

    public static MessageCommandUse inDm(
            String name, long channelId, long messageId, FakeUser author, String content, FakeUser user) {
        return new MessageCommandUse(name, channelId, messageId, author, content, user, "en-US");
    }

    public MessageCommandUse withLocale(String newLocale) {
        return new MessageCommandUse(name, channelId, messageId, author, content, user, newLocale);
    }
}
