package dev.backchannel.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Period;
import dev.backchannel.knowledge.Topic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TimelineCasesTest {

    private static Topic topic(String id, Language language, Kind kind, String title, String period, String track) {
        return new Topic(
                id,
                language,
                kind,
                title,
                List.of(),
                "A summary.",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.ofNullable(period).flatMap(Period::parse),
                Optional.ofNullable(track),
                Path.of(language.code(), id + ".md"));
    }

    private static final List<Topic> TOPICS = List.of(
            topic("track-two", Language.EN, Kind.TRACK, "Track II diplomacy", null, null),
            topic("track-two", Language.VI, Kind.TRACK, "Ngoại giao kênh 2", null, null),
            topic("backchannel", Language.EN, Kind.TRACK, "Backchannel diplomacy", null, null),
            topic("oslo", Language.EN, Kind.EXAMPLE, "Oslo backchannel", "1993", "backchannel"),
            topic("oslo", Language.VI, Kind.EXAMPLE, "Kênh bí mật Oslo", "1993", "backchannel"),
            topic("paris", Language.EN, Kind.EXAMPLE, "Paris secret talks", "1969-1973", "backchannel"),
            topic("pugwash", Language.EN, Kind.EXAMPLE, "Pugwash Conferences", "1957-", "track-two"),
            topic("undated", Language.EN, Kind.EXAMPLE, "A case without years", null, "track-two"),
            topic("ripeness", Language.EN, Kind.TERM, "Ripeness", null, null));

    @Test
    @DisplayName(
            "cases are grouped by track, the track with the earliest case first, each track's cases earliest first")
    void groupedEarliestFirst() {
        CaseTimeline timeline = TimelineCases.of(TOPICS, TimelineRequest.all(Language.EN));

        assertThat(timeline.tracks())
                .extracting(t -> t.id() + ":" + t.colour() + ":"
                        + t.cases().stream().map(CaseTimeline.Case::id).toList())
                .containsExactly("track-two:0:[pugwash]", "backchannel:1:[paris, oslo]");
    }

    @Test
    @DisplayName(
            "in Vietnamese, cases and tracks are titled in Vietnamese where a Vietnamese file exists, else in English")
    void titlesInTheReadersLanguage() {
        CaseTimeline timeline = TimelineCases.of(TOPICS, TimelineRequest.all(Language.VI));

        assertThat(timeline.tracks())
                .extracting(CaseTimeline.Track::title)
                .containsExactly("Ngoại giao kênh 2", "Backchannel diplomacy");
        assertThat(timeline.cases())
                .extracting(CaseTimeline.Case::title)
                .containsExactly("Pugwash Conferences", "Paris secret talks", "Kênh bí mật Oslo");
    }

    @Test
    @DisplayName("one track keeps the colour it has among all tracks, and the highlighted case is marked")
    void oneTrackHighlighted() {
        CaseTimeline timeline = TimelineCases.of(
                TOPICS, TimelineRequest.all(Language.EN).ofTrack("backchannel").highlighting("oslo"));

        assertThat(timeline.tracks())
                .singleElement()
                .satisfies(track -> assertThat(track.colour()).isEqualTo(1));
        assertThat(timeline.cases())
                .filteredOn(CaseTimeline.Case::highlighted)
                .extracting(CaseTimeline.Case::id)
                .containsExactly("oslo");
    }

    @Test
    @DisplayName("a track without cases, or a highlighted id that is no placed case of what is drawn, is refused")
    void unknownTrackOrCase() {
        assertThatThrownBy(() -> TimelineCases.of(
                        TOPICS, TimelineRequest.all(Language.EN).ofTrack("track-three")))
                .isInstanceOf(NotOnTimelineException.class)
                .hasMessage("no case is on track 'track-three': tracks with cases are track-two, backchannel");
        assertThatThrownBy(() -> TimelineCases.of(
                        TOPICS, TimelineRequest.all(Language.EN).highlighting("undated")))
                .isInstanceOf(NotOnTimelineException.class)
                .hasMessageStartingWith("'undated' is not a case on the timeline");
        assertThatThrownBy(() -> TimelineCases.of(
                        TOPICS,
                        TimelineRequest.all(Language.EN).ofTrack("track-two").highlighting("oslo")))
                .isInstanceOf(NotOnTimelineException.class)
                .hasMessageStartingWith("'oslo' is not a case on track 'track-two'");
    }
}
