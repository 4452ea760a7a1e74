package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a curated case must have for the timeline: a period and a track, the same in both
 * languages. {@code check} reports these as errors; the bot still serves a case without them, it
 * only leaves it off the timeline. A missing field is reported on the file's first line, as the
 * reader reports other missing fields.
 */
public final class CaseRules {

    /** The problems of the cases among {@code topics}, checked against the tracks among them. */
    public List<Problem> check(Collection<Topic> topics) {
        TreeSet<String> tracks = new TreeSet<>();
        topics.stream().filter(t -> t.kind() == Kind.TRACK).forEach(t -> tracks.add(t.id()));
        List<Problem> problems = new ArrayList<>();
        for (Topic topic : topics) {
            if (topic.kind() != Kind.EXAMPLE) {
                continue;
            }
            if (topic.period().isEmpty()) {
                problems.add(Problem.error(
                        topic.file(),
                        1,
                        "a case needs its period for the timeline: add a front-matter line 'period: \"1993\"'"
                                + " with the years the case's own text gives, written as " + Period.FORMS));
            }
            if (topic.track().isEmpty()) {
                problems.add(Problem.error(
                        topic.file(),
                        1,
                        "a case needs its track for the timeline: add a front-matter line 'track: <id>' naming"
                                + " the track the case's text says it exemplifies, one of "
                                + String.join(", ", tracks)));
            }
            counterpart(topics, topic).ifPresent(other -> problems.addAll(disagreements(topic, other)));
        }
        return problems;
    }

    private static Optional<Topic> counterpart(Collection<Topic> topics, Topic topic) {
        return topics.stream()
                .filter(t -> t.id().equals(topic.id()) && t.language() != topic.language())
                .findFirst();
    }

    /** A case is one event: both languages place it in the same years and under the same track. */
    private static List<Problem> disagreements(Topic topic, Topic other) {
        List<Problem> problems = new ArrayList<>();
        if (topic.period().isPresent()
                && other.period().isPresent()
                && !topic.period().equals(other.period())) {
            problems.add(Problem.error(
                    topic.file(),
                    1,
                    "period '" + topic.period().get().code() + "' differs from '"
                            + other.period().get().code() + "' in " + other.file()
                            + ": write the same period in both languages"));
        }
        if (topic.track().isPresent()
                && other.track().isPresent()
                && !topic.track().equals(other.track())) {
            problems.add(Problem.error(
                    topic.file(),
                    1,
                    "track '" + topic.track().get() + "' differs from '"
                            + other.track().get() + "' in " + other.file()
                            + ": write the same track in both languages"));
        }
        return problems;
    }
}
