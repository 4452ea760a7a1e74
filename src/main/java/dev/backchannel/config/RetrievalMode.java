package dev.backchannel.config;

/** Which rankings retrieval uses; {@code HYBRID} fuses both by reciprocal rank. */
public enum RetrievalMode {
    BM25,
    DENSE,
    HYBRID
}
