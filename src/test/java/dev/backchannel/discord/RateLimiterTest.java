package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class RateLimiterTest {

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  @DisplayName("a user gets the burst, then waits for the bucket to refill, and others are not affected")
  void tokenBucket() {
    MovableClock clock = new MovableClock();
    RateLimiter limiter = new LocalRateLimiter(clock);

    assertThat(limiter.acquire("ana", 3)).isZero();
    assertThat(limiter.acquire("ana", 3)).isZero();
    assertThat(limiter.acquire("ana", 3)).isZero();
    assertThat(limiter.acquire("ana", 3)).isEqualTo(20);
    assertThat(limiter.acquire("binh", 3)).isZero();
    clock.now = clock.now.plusSeconds(20);
    assertThat(limiter.acquire("ana", 3)).isZero();
  }
}
