package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class EditThrottleTest {

  private static final class SteppedClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(long millis) {
      now.updateAndGet(i -> i.plusMillis(millis));
    }
  }

  @Test
  @DisplayName("a streamed answer is edited into Discord at most once a second")
  void oncePerSecond() {
    SteppedClock clock = new SteppedClock();
    EditThrottle throttle = new EditThrottle(Duration.ofSeconds(1), clock);

    assertThat(throttle.ready()).isTrue();
    clock.advance(400);
    assertThat(throttle.ready()).isFalse();
    clock.advance(599);
    assertThat(throttle.ready()).isFalse();
    clock.advance(1);
    assertThat(throttle.ready()).isTrue();
  }
}
