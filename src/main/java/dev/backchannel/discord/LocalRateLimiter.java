package dev.backchannel.discord;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rate limits of one process (Bucket4j buckets in memory), for a bot that runs alone. */
public final class LocalRateLimiter implements RateLimiter {

    /** Buckets kept; the least recently used go first, and a forgotten bucket is simply full again. */
    private static final int MAX_BUCKETS = 100_000;

    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    LocalRateLimiter(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public long acquire(String key, int perMinute) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(
                    key + "@" + perMinute,
                    ignored -> Bucket.builder()
                            .addLimit(RateLimiter.limit(perMinute))
                            .withCustomTimePrecision(time)
                            .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : RateLimiter.secondsToWait(probe.getNanosToWaitForRefill());
    }
}
