package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Passage;

/** A retrieved passage with its score; rank 0 is the best. */
public record Hit(Passage passage, double score, int rank) {}
