package dev.backchannel.timeline;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Period;
import java.util.List;

/** The cases to draw, in one language, grouped by track in the order they are drawn. */
public record CaseTimeline(Language language, List<Track> tracks) {

    public CaseTimeline {
        tracks = List.copyOf(tracks);
    }

    /** One case: its title in the reader's language (else the other), its years, whether it is highlighted. */
    public record Case(String id, String title, Period period, boolean highlighted) {}

    /**
     * A track and its cases, earliest first.
     *
     * @param colour the track's place among all the tracks with cases, whichever are drawn
     */
    public record Track(String id, String title, int colour, List<Case> cases) {
        public Track {
            cases = List.copyOf(cases);
        }
    }

    public List<Case> cases() {
        return tracks.stream().flatMap(t -> t.cases().stream()).toList();
    }
}
