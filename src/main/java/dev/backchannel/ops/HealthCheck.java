package dev.backchannel.ops;

import java.util.List;
import java.util.Optional;

/** Runs every check, each on its own: one failing, even by throwing, does not hide the others. */
public final class HealthCheck {

    private final List<Check> checks;

    public HealthCheck(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public Health run() {
        return new Health(checks.stream().map(HealthCheck::run).toList());
    }

    private static Health.Part run(Check check) {
        Optional<String> problem;
        try {
            problem = check.problem().get().map(HealthCheck::firstLine);
        } catch (RuntimeException e) {
            problem = Optional.of("check failed (" + firstLine(Problems.describe(e)) + ")");
        }
        return new Health.Part(check.name(), problem);
    }

    /** The report has one line per part. */
    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
