package dev.backchannel.discord;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Token buckets per key (a user, a channel): {@code perMinute} questions, refilled continuously.
 * A refused request learns how long until the next token.
 */
final class RateLimiter {

  private record Bucket(double tokens, long updatedMillis) {}

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new HashMap<>();

  RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes a token for {@code key}: 0 when granted, else the seconds to wait. */
  synchronized long acquire(String key) {
    long now = clock.millis();
    Bucket bucket = buckets.getOrDefault(key, new Bucket(perMinute, now));
    double refilled = Math.min(perMinute, bucket.tokens() + (now - bucket.updatedMillis()) * perMinute / 60_000.0);
    if (refilled >= 1) {
      buckets.put(key, new Bucket(refilled - 1, now));
      return 0;
    }
    buckets.put(key, new Bucket(refilled, now));
    return (long) Math.ceil((1 - refilled) * 60.0 / perMinute);
  }
}
