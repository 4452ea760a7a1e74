package dev.backchannel.answer;

import dev.backchannel.knowledge.Passage;
import java.util.Set;

/**
 * A sentence an extractive answer may quote, with where it stands and how well it answers.
 *
 * @param passageOrder the rank of its passage among those considered
 * @param position its place in the passage, from 0
 */
record Candidate(Passage passage, int passageOrder, int position, String sentence, Set<String> tokens, double score) {}
