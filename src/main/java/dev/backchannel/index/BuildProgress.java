package dev.backchannel.index;

/**
 * Told how an index build goes, for a person waiting on it: a first build embeds every passage,
 * which takes from seconds to minutes.
 */
public interface BuildProgress {

    /** Tells nobody. */
    BuildProgress SILENT = new BuildProgress() {};

    /** A build of {@code passages} passages has started. */
    default void started(int passages) {}

    /** {@code done} of the {@code total} passages have their vectors. */
    default void embedded(int done, int total) {}

    /** The build is written and published. */
    default void finished() {}

    /** The build stopped without publishing: it failed, or nobody wants its version any more. */
    default void stopped() {}
}
