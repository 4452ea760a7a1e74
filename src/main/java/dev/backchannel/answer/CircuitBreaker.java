package dev.backchannel.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a provider that keeps failing, and keeps the log readable: the first failure of a
 * burst is a warning, the rest are counted and reported when the provider recovers.
 */
final class CircuitBreaker {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String name;
    private final int failuresToOpen;
    private final Duration cooldown;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;

    CircuitBreaker(String name, int failuresToOpen, Duration cooldown, Clock clock) {
        this.name = name;
        this.failuresToOpen = failuresToOpen;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Whether the provider may be called now: closed, or the cool-down is over (one trial call). */
    synchronized boolean allows() {
        return !clock.instant().isBefore(openUntil);
    }

    synchronized void success() {
        if (consecutiveFailures > 0) {
            log.info("{} answers again after {} failed calls", name, consecutiveFailures);
        }
        consecutiveFailures = 0;
        openUntil = Instant.MIN;
    }

    synchronized void failure(String reason) {
        consecutiveFailures++;
        if (consecutiveFailures == 1) {
            log.warn("{} failed ({}); answering extractively until it recovers", name, reason);
        } else {
            log.debug("{} failed again ({}), {} in a row", name, reason, consecutiveFailures);
        }
        if (consecutiveFailures >= failuresToOpen) {
            openUntil = clock.instant().plus(cooldown);
            if (consecutiveFailures == failuresToOpen) {
                log.warn("{} failed {} times in a row; not calling it for {}", name, consecutiveFailures, cooldown);
            }
        }
    }
}
