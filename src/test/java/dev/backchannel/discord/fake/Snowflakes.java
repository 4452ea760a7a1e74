package dev.backchannel.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: the top 42 bits are milliseconds since 2015-01-01, the low 22 bits a sequence.
 *
 * <p>JDA reads an interaction's age from its id and treats it as expired 15 minutes after that
 * time, so interactions and the messages created during a test use {@link #next()}. Fixture ids
 * (guilds, channels, users) can be any positive number; {@link #fixture(long)} makes ones whose
 * shard is easy to predict.
 */
public final class Snowflakes {

    /** 2015-01-01T00:00:00Z, the zero of Discord's clock. */
    public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Snowflakes() {}

    /** A new, unique id dated now. */
    public static long next() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        return (millis << 22) | (SEQUENCE.getAndIncrement() & 0x3F_FFFFL);
    }

    /** A stable fixture id; a guild with {@code fixture(n)} belongs to shard {@code n % shards}. */
    public static long fixture(long n) {
        return n << 22;
    }

    /** The shard that receives a guild's events, as Discord computes it. */
    public static int shardOf(long guildId, int shards) {
        return (int) ((guildId >>> 22) % shards);
    }
}
