package dev.backchannel.index;

/** When an in-process embedding model starts loading. */
public enum ModelStart {
    /** At once, on its own thread, while the knowledge is read and the index opened. */
    NOW,
    /**
     * When a vector is first asked for: a one-shot question the model cannot read (a Vietnamese
     * one, with the shipped English model) never pays for loading it.
     */
    ON_FIRST_USE
}
