package dev.backchannel.index;

/**
 * An index build stopped half-way because its knowledge is no longer wanted (the files changed
 * again while it ran); nothing of it was published.
 */
public final class BuildAbandonedException extends RuntimeException {

    private final String version;

    public BuildAbandonedException(String version) {
        super("The index build of knowledge version " + version + " was abandoned: it is no longer wanted");
        this.version = version;
    }

    /** The knowledge version whose build stopped. */
    public String version() {
        return version;
    }
}
