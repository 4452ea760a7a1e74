package dev.backchannel.store;

import java.time.Instant;
import java.util.Optional;

/** A Q&A session: where, what it is called, who started it, and whether it has ended. */
public record QaSession(
        String id, String place, String title, String startedBy, Instant startedAt, Optional<Instant> endedAt) {}
