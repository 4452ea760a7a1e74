package dev.backchannel.store;

import java.time.Clock;
import java.time.Duration;

/** How long what concerns people is kept ({@code store.retention-days}), and the purge past it. */
public final class Retention {

    private final PersonalData data;
    private final int days;
    private final Clock clock;

    /** {@code days} of 0 keeps everything forever. */
    public Retention(PersonalData data, int days, Clock clock) {
        this.data = data;
        this.days = days;
        this.clock = clock;
    }

    /** The retention in days; 0 when nothing is ever deleted for its age. */
    public int days() {
        return days;
    }

    /** Deletes what is older than the retention, for everyone; nothing when it is 0. */
    public RecordCounts purge() {
        if (days == 0) {
            return RecordCounts.NONE;
        }
        return data.purgeBefore(clock.instant().minus(Duration.ofDays(days)));
    }
}
