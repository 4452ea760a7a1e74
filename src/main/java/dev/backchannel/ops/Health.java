package dev.backchannel.ops;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The state of every part at one moment. */
public record Health(List<Health.Part> parts) {

    /** One part: its problem, or empty when it is fine. */
    public record Part(String name, Optional<String> problem) {}

    public Health {
        parts = List.copyOf(parts);
    }

    public boolean healthy() {
        return parts.stream().allMatch(part -> part.problem().isEmpty());
    }

    /** A line per part, {@code name: ok} or {@code name: problem}, so an operator sees every part. */
    public String body() {
        return parts.stream()
                .map(part -> part.name() + ": " + part.problem().orElse("ok") + "\n")
                .collect(Collectors.joining());
    }
}
