package dev.backchannel.discord.topics;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.timeline.CaseTimeline;
import dev.backchannel.timeline.NotOnTimelineException;
import dev.backchannel.timeline.TimelineCases;
import dev.backchannel.timeline.TimelinePicture;
import dev.backchannel.timeline.TimelinePictures;
import dev.backchannel.timeline.TimelineRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * Timeline pictures of the knowledge version being served, as Discord attachments. A picture takes
 * a quarter of a second or more to draw and every {@code /example} attaches one, so the last ones
 * drawn are kept for as long as their knowledge version is served.
 */
public final class TimelineFiles {

    /** About 250 KB each: a few megabytes at most. */
    private static final int KEPT = 24;

    private record Key(String version, TimelineRequest request) {}

    private final Supplier<KnowledgeBase> knowledge;
    private final TimelinePictures pictures;
    /** Least recently sent first; guarded by itself. */
    private final Map<Key, TimelinePicture> drawn = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TimelinePicture> eldest) {
            return size() > KEPT;
        }
    };

    /** @param knowledge the version being served, read once per picture */
    public TimelineFiles(Supplier<KnowledgeBase> knowledge, TimelinePictures pictures) {
        this.knowledge = knowledge;
        this.pictures = pictures;
    }

    /**
     * The picture a request asks for.
     *
     * @throws NotOnTimelineException for a track without cases or a highlighted case not on the timeline
     */
    TimelinePicture draw(TimelineRequest request) {
        KnowledgeBase served = knowledge.get();
        Key key = new Key(served.version(), request);
        synchronized (drawn) {
            TimelinePicture kept = drawn.get(key);
            if (kept != null) {
                return kept;
            }
        }
        TimelinePicture picture = pictures.draw(served.topics(), request);
        synchronized (drawn) {
            drawn.put(key, picture);
        }
        return picture;
    }

    /** Every track with its case highlighted, when the case has a place on the timeline. */
    Optional<TimelinePicture> highlighting(String caseId, Language language) {
        try {
            return Optional.of(draw(TimelineRequest.all(language).highlighting(caseId)));
        } catch (NotOnTimelineException e) {
            return Optional.empty();
        }
    }

    /** The tracks that have cases, titled in {@code language}. */
    List<CaseTimeline.Track> tracks(Language language) {
        return TimelineCases.tracks(knowledge.get().topics(), language);
    }

    /** What to say when a track asked for has no cases, in the reader's language. */
    String noCases(Language language) {
        return pictures.words().noCases(language);
    }

    static FileUpload upload(TimelinePicture picture) {
        return FileUpload.fromData(picture.png(), TimelinePicture.FILE_NAME);
    }
}
