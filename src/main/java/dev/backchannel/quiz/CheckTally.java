package dev.backchannel.quiz;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the checks did while a quiz was made, by format: how many candidate questions were checked,
 * how many each check rejected, how many were asked, and how often a topic offered too few options
 * to make a candidate at all. A candidate failing two checks counts for both.
 */
public record CheckTally(Map<QuizFormat, Counts> byFormat) {

    /** The counts of one format, or of all. */
    public record Counts(int candidates, int accepted, int shortOfOptions, Map<QuizCheck, Integer> rejected) {

        public Counts {
            rejected = Map.copyOf(rejected);
        }

        static final Counts NONE = new Counts(0, 0, 0, Map.of());

        static Counts checked(Set<QuizCheck> failed) {
            Map<QuizCheck, Integer> rejected = new EnumMap<>(QuizCheck.class);
            failed.forEach(check -> rejected.put(check, 1));
            return new Counts(1, failed.isEmpty() ? 1 : 0, 0, rejected);
        }

        static Counts tooFewOptions() {
            return new Counts(0, 0, 1, Map.of());
        }

        public int rejected(QuizCheck check) {
            return rejected.getOrDefault(check, 0);
        }

        public Counts plus(Counts other) {
            Map<QuizCheck, Integer> sum = new EnumMap<>(QuizCheck.class);
            sum.putAll(rejected);
            other.rejected.forEach((check, count) -> sum.merge(check, count, Integer::sum));
            return new Counts(
                    candidates + other.candidates,
                    accepted + other.accepted,
                    shortOfOptions + other.shortOfOptions,
                    sum);
        }
    }

    public CheckTally {
        byFormat = Map.copyOf(byFormat);
    }

    public static CheckTally empty() {
        return new CheckTally(Map.of());
    }

    public Counts of(QuizFormat format) {
        return byFormat.getOrDefault(format, Counts.NONE);
    }

    public Counts total() {
        return byFormat.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    public CheckTally plus(CheckTally other) {
        Map<QuizFormat, Counts> sum = new EnumMap<>(QuizFormat.class);
        sum.putAll(byFormat);
        other.byFormat.forEach((format, counts) -> sum.merge(format, counts, Counts::plus));
        return new CheckTally(sum);
    }

    CheckTally plus(QuizFormat format, Counts counts) {
        return plus(new CheckTally(Map.of(format, counts)));
    }
}
