package dev.backchannel.discord.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class EditThrottleTest {

    @Test
    @DisplayName("a streamed answer is edited into Discord at most once a second")
    void oncePerSecond() {
        MovableClock clock = new MovableClock();
        EditThrottle throttle = new EditThrottle(Duration.ofSeconds(1), clock);

        assertThat(throttle.ready()).isTrue();
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.ready()).isFalse();
        clock.advance(Duration.ofMillis(599));
        assertThat(throttle.ready()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.ready()).isTrue();
    }
}
