package dev.backchannel.timeline;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cases of the knowledge base that have a place on the timeline, grouped by track: what a
 * picture shows, before any of it is measured or drawn.
 */
public final class TimelineCases {

    private static final Comparator<CaseTimeline.Case> EARLIEST_FIRST = Comparator.comparingInt(
                    (CaseTimeline.Case c) -> c.period().first())
            .thenComparingInt(c -> c.period().latestNamedYear())
            .thenComparing(CaseTimeline.Case::id);

    private TimelineCases() {}

    /**
     * The cases a request asks for.
     *
     * @throws NotOnTimelineException for a track without cases or a highlighted case not on the timeline
     */
    public static CaseTimeline of(Collection<Topic> topics, TimelineRequest request) {
        List<CaseTimeline.Track> tracks = tracks(topics, request.language(), request.highlight());
        if (request.track().isPresent()) {
            String wanted = request.track().get();
            tracks = tracks.stream().filter(t -> t.id().equals(wanted)).toList();
            if (tracks.isEmpty()) {
                throw new NotOnTimelineException("no case is on track '" + wanted + "': tracks with cases are "
                        + String.join(
                                ", ",
                                tracks(topics, request.language()).stream()
                                        .map(CaseTimeline.Track::id)
                                        .toList()));
            }
        }
        if (request.highlight().isPresent()
                && tracks.stream().flatMap(t -> t.cases().stream()).noneMatch(CaseTimeline.Case::highlighted)) {
            throw new NotOnTimelineException("'" + request.highlight().get() + "' is not a case on "
                    + request.track().map(track -> "track '" + track + "'").orElse("the timeline")
                    + ": name a case by its id, as 'topics --kind example' lists them");
        }
        return new CaseTimeline(request.language(), tracks);
    }

    /** Every track that has cases, in the order the picture draws them, titled in {@code language}. */
    public static List<CaseTimeline.Track> tracks(Collection<Topic> topics, Language language) {
        return tracks(topics, language, Optional.empty());
    }

    private static List<CaseTimeline.Track> tracks(
            Collection<Topic> topics, Language language, Optional<String> highlight) {
        Map<String, List<CaseTimeline.Case>> byTrack = new LinkedHashMap<>();
        for (Topic topic : placedCases(topics, language)) {
            byTrack.computeIfAbsent(topic.track().orElseThrow(), k -> new ArrayList<>())
                    .add(new CaseTimeline.Case(
                            topic.id(),
                            topic.title(),
                            topic.period().orElseThrow(),
                            highlight.filter(topic.id()::equals).isPresent()));
        }
        byTrack.values().forEach(cases -> cases.sort(EARLIEST_FIRST));
        List<String> order = byTrack.keySet().stream()
                .sorted(Comparator.comparingInt((String track) ->
                                byTrack.get(track).get(0).period().first())
                        .thenComparing(track -> track))
                .toList();
        List<CaseTimeline.Track> tracks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            tracks.add(new CaseTimeline.Track(id, trackTitle(topics, id, language), i, byTrack.get(id)));
        }
        return tracks;
    }

    /** Each case with a period and a track once, in {@code language} when it is written in it. */
    private static List<Topic> placedCases(Collection<Topic> topics, Language language) {
        Map<String, Topic> cases = new LinkedHashMap<>();
        for (Topic topic : topics) {
            if (topic.kind() != Kind.EXAMPLE
                    || topic.period().isEmpty()
                    || topic.track().isEmpty()) {
                continue;
            }
            Topic kept = cases.get(topic.id());
            if (kept == null || (kept.language() != language && topic.language() == language)) {
                cases.put(topic.id(), topic);
            }
        }
        return List.copyOf(cases.values());
    }

    private static String trackTitle(Collection<Topic> topics, String id, Language language) {
        Optional<Topic> any = Optional.empty();
        for (Topic topic : topics) {
            if (topic.kind() == Kind.TRACK && topic.id().equals(id)) {
                if (topic.language() == language) {
                    return topic.title();
                }
                any = Optional.of(topic);
            }
        }
        return any.map(Topic::title).orElse(id);
    }
}
