package dev.backchannel.discord.answering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Lets an action through at most once per interval: Discord edits of a streaming answer. */
final class EditThrottle {

    private final Duration interval;
    private final Clock clock;
    private Instant last = Instant.MIN;

    EditThrottle(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    synchronized boolean ready() {
        Instant now = clock.instant();
        if (last != Instant.MIN && now.isBefore(last.plus(interval))) {
            return false;
        }
        last = now;
        return true;
    }
}
