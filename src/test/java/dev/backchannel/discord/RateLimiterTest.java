package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class RateLimiterTest {

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
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.acquire("ana", 3)).isZero();
    }
}
