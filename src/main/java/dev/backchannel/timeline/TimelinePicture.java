package dev.backchannel.timeline;

/**
 * A drawn timeline: the PNG file's bytes, its size, and the sentence that goes with it.
 *
 * @param cases how many cases it places
 */
public record TimelinePicture(byte[] png, int width, int height, int cases, String caption) {

    /** The name an attachment or a saved file gets. */
    public static final String FILE_NAME = "timeline.png";
}
