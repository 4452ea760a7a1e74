package dev.backchannel.ops;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One part of the health report.
 *
 * @param name how the report names the part, e.g. {@code database}
 * @param problem what is wrong with it now, or empty when it is fine
 */
public record Check(String name, Supplier<Optional<String>> problem) {}
