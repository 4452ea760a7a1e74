package dev.backchannel.discord.fake;

/** A Discord user of the fake: the bot itself, or a person who runs commands and clicks buttons. */
public record FakeUser(long id, String username, boolean bot) {

    public static FakeUser person(long id, String username) {
        return new FakeUser(id, username, false);
    }

    public static FakeUser bot(long id, String username) {
        return new FakeUser(id, username, true);
    }
}
