package dev.backchannel.discord;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.discord.settings.GuildSettings;
import dev.backchannel.knowledge.Language;
import dev.backchannel.ops.Metrics;
import dev.backchannel.ops.Outcome;
import dev.backchannel.store.Database;
import dev.backchannel.store.Dialect;
import dev.backchannel.store.ServerSettings;
import java.time.Clock;
import java.util.Optional;

/**
 * Whether the bot may answer here and now: the operator's guild and channel allow-lists, the
 * channels the server's admins chose, then the per-user and per-channel rate limits (a server's
 * own user limit only below the operator's). A refusal comes with the message to show, privately.
 */
public final class Gate {

    private final DiscordConfig config;
    private final RateLimiter limits;
    private final Metrics metrics;
    private final GuildSettings settings;

    public Gate(DiscordConfig config, RateLimiter limits, GuildSettings settings, Metrics metrics) {
        this.config = config;
        this.limits = limits;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Shared buckets when the database is PostgreSQL (a fleet), else this process's own. */
    public static RateLimiter limiterFor(Database database, Clock clock) {
        return database.dialect() == Dialect.POSTGRESQL
                ? new SharedRateLimiter(database.dataSource())
                : new LocalRateLimiter(clock);
    }

    /**
     * @param channelId the channel, or for a thread its parent, which is what allow-lists name
     * @return the refusal to show, or empty when the question may go ahead
     */
    public Optional<String> check(String guildId, String channelId, String userId, Language language) {
        if (!config.guildAllowList().isEmpty()
                && (guildId == null || !config.guildAllowList().contains(guildId))) {
            return Optional.of(BotText.notHere(language));
        }
        if (!config.channelAllowList().isEmpty() && !config.channelAllowList().contains(channelId)) {
            return Optional.of(BotText.notHere(language));
        }
        ServerSettings server = settings.of(guildId);
        if (!server.answersIn(channelId)) {
            return Optional.of(BotText.notHere(language));
        }
        int perMinute = Math.min(
                server.userQuestionsPerMinute().orElse(config.userQuestionsPerMinute()),
                config.userQuestionsPerMinute());
        long userWait = limits.acquire("user:" + userId, perMinute);
        if (userWait > 0) {
            metrics.question(language.code(), Metrics.UNKNOWN, Outcome.RATE_LIMITED);
            return Optional.of(BotText.rateLimited(language, userWait));
        }
        long channelWait = limits.acquire("channel:" + channelId, config.channelQuestionsPerMinute());
        if (channelWait > 0) {
            metrics.question(language.code(), Metrics.UNKNOWN, Outcome.RATE_LIMITED);
            return Optional.of(BotText.rateLimited(language, channelWait));
        }
        return Optional.empty();
    }

    /** Whether the bot listens at all in a channel (for mentions, which get no refusal message). */
    public boolean allows(String guildId, String channelId) {
        return (config.guildAllowList().isEmpty() || config.guildAllowList().contains(guildId))
                && (config.channelAllowList().isEmpty()
                        || config.channelAllowList().contains(channelId))
                && settings.of(guildId).answersIn(channelId);
    }
}
