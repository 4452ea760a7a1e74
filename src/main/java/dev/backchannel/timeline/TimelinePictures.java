package dev.backchannel.timeline;

import dev.backchannel.knowledge.Topic;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import javax.imageio.ImageIO;

/**
 * Timeline pictures of the knowledge base's cases, drawn in process: the cases a request asks
 * for, placed by {@link TimelineLayout}, painted by {@link TimelinePainter}, encoded as PNG.
 */
public final class TimelinePictures {

    private final TimelineWords words;
    private final TimelineLayout layout;
    private final TimelinePainter painter;

    public TimelinePictures(TimelineStyle style, TimelineWords words, TimelineFonts fonts) {
        this.words = words;
        this.layout = new TimelineLayout(style, words, fonts);
        this.painter = new TimelinePainter(style, fonts);
    }

    public TimelineWords words() {
        return words;
    }

    /** With the style, words and fonts shipped in the jar. */
    public static TimelinePictures shipped() {
        return new TimelinePictures(TimelineStyle.shipped(), TimelineWords.shipped(), TimelineFonts.shipped());
    }

    /**
     * The picture of {@code topics}' cases that {@code request} asks for.
     *
     * @throws NotOnTimelineException for a track without cases or a highlighted case not on the timeline
     */
    public TimelinePicture draw(Collection<Topic> topics, TimelineRequest request) {
        CaseTimeline timeline = TimelineCases.of(topics, request);
        TimelinePlan plan = layout.plan(timeline);
        BufferedImage image = painter.paint(plan);
        int cases = timeline.cases().size();
        return new TimelinePicture(
                png(image), plan.width(), plan.height(), cases, words.caption(request.language(), cases));
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding the timeline as PNG failed", e);
        }
        return out.toByteArray();
    }
}
