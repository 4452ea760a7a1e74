package dev.backchannel.question;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cue phrase compiled for matching, with the words one of which a question must hold for it to
 * match at all. A question is tested against hundreds of cues, and a pattern that may start at any
 * word is tried at every position of the question: looking the words up first leaves the pattern
 * to the few cues that can match.
 *
 * @param pattern finds the cue in a question folded by {@code TextFolding.foldWords}
 * @param needsOneOf the cue cannot match a question without one of these words; empty when every
 *     element of the cue can be skipped or stands for any word
 */
record Cue(Pattern pattern, Set<String> needsOneOf) {

    Cue {
        needsOneOf = Set.copyOf(needsOneOf);
    }

    /**
     * @param folded the question as folded words
     * @param words the same words as a set
     */
    boolean foundIn(String folded, Set<String> words) {
        if (!needsOneOf.isEmpty() && needsOneOf.stream().noneMatch(words::contains)) {
            return false;
        }
        return pattern.matcher(folded).find();
    }
}
