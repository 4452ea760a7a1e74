package dev.backchannel.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the store keeps about one person.
 *
 * @param oldest when the oldest of these records was written; empty when nothing is kept
 */
public record KeptData(RecordCounts counts, Optional<Instant> oldest) {

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
