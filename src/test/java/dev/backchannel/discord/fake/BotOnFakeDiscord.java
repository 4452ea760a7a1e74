package dev.backchannel.discord.fake;

import dev.backchannel.Backchannel;
import dev.backchannel.Fixtures;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.DiscordBot;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The real bot on the fixture knowledge and a SQLite file, connected to a fake Discord: what every
 * end-to-end test starts before it dispatches interactions.
 */
public record BotOnFakeDiscord(Backchannel app, Database database, DiscordBot bot) implements AutoCloseable {

    /**
     * @param home where the index and the database go
     * @param questionsPerMinute the operator's ceiling on one member's questions
     */
    public static BotOnFakeDiscord start(FakeDiscord discord, Path home, int questionsPerMinute) throws Exception {
        return start(discord, home, Fixtures.open(Fixtures.fixtureKnowledge(), home), questionsPerMinute);
    }

    /** The bot over {@code app}, which it closes when it stops. */
    public static BotOnFakeDiscord start(FakeDiscord discord, Path home, Backchannel app, int questionsPerMinute)
            throws Exception {
        Database database = Database.open("jdbc:sqlite:" + home.resolve("backchannel.db"), Clock.systemUTC());
        DiscordConfig config = new DiscordConfig(
                "",
                true,
                List.of(),
                List.of(),
                questionsPerMinute,
                60,
                "",
                discord.restBaseUrl(),
                discord.gatewayUrl());
        Metrics metrics = new Metrics();
        DiscordBot bot = DiscordBot.start(discord.token(), config, app.discord(config, database, metrics), metrics);
        return new BotOnFakeDiscord(app, database, bot);
    }

    @Override
    public void close() throws Exception {
        bot.close();
        database.close();
        app.close();
    }
}
