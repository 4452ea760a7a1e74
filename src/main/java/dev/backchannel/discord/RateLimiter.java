package dev.backchannel.discord;

import io.github.bucket4j.Bandwidth;
import java.time.Duration;

/**
 * Token buckets per key (a user, a channel): {@code perMinute} questions, refilled continuously.
 * A refused request learns how long until the next token.
 */
public interface RateLimiter {

    /** Takes a token for {@code key}: 0 when granted, else the seconds to wait. */
    long acquire(String key, int perMinute);

    /** The bucket of a limit; the limit is part of the key, so a changed limit starts a new bucket. */
    static Bandwidth limit(int perMinute) {
        return Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
    }

    static long secondsToWait(long nanos) {
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }
}
