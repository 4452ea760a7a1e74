package dev.backchannel.discord.topics;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.timeline.CaseTimeline;
import dev.backchannel.timeline.NotOnTimelineException;
import dev.backchannel.timeline.TimelineCases;
import dev.backchannel.timeline.TimelinePicture;
import dev.backchannel.timeline.TimelinePictures;
import dev.backchannel.timeline.TimelineRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.FileUpload;

/** Timeline pictures of the knowledge version being served, as Discord attachments. */
public final class TimelineFiles {

    private final Supplier<KnowledgeBase> knowledge;
    private final TimelinePictures pictures;

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
        return pictures.draw(knowledge.get().topics(), request);
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
