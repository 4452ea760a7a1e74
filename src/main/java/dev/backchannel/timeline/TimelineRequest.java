package dev.backchannel.timeline;

import dev.backchannel.knowledge.Language;
import java.util.Optional;

/**
 * Which picture to draw: in which language, of one track or of all, with one case highlighted or
 * none.
 */
public record TimelineRequest(Language language, Optional<String> track, Optional<String> highlight) {

    public static TimelineRequest all(Language language) {
        return new TimelineRequest(language, Optional.empty(), Optional.empty());
    }

    public TimelineRequest ofTrack(String trackId) {
        return new TimelineRequest(language, Optional.of(trackId), highlight);
    }

    public TimelineRequest highlighting(String caseId) {
        return new TimelineRequest(language, track, Optional.of(caseId));
    }
}
