package dev.backchannel.serving;

/**
 * What one reload did.
 *
 * @param version the version served after it
 */
public record ReloadOutcome(Status status, String version) {

    public enum Status {
        /** A new version was loaded, indexed and swapped in. */
        SWAPPED,
        /** The files hash to the version already served: nothing was rebuilt. */
        UNCHANGED,
        /** The files changed again while it indexed them: the next reload takes them. */
        ABANDONED,
        /** Nothing usable came of it; the version served before still is. */
        FAILED
    }
}
