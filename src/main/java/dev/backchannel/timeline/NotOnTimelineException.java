package dev.backchannel.timeline;

/** A picture was asked of a track without cases, or with a case highlighted that is not on the timeline. */
public final class NotOnTimelineException extends RuntimeException {

    public NotOnTimelineException(String message) {
        super(message);
    }
}
