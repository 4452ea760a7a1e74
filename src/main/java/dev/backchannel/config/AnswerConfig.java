package dev.backchannel.config;

import java.util.List;

/**
 * Bounds of a composed answer and of the questions accepted.
 *
 * @param startingPoints topic ids suggested when nothing retrieved is even close: the broad entry
 *     points of the knowledge base
 */
public record AnswerConfig(int maxSentences, int maxChars, int maxQuestionChars, List<String> startingPoints) {
    public AnswerConfig {
        startingPoints = startingPoints == null ? List.of() : List.copyOf(startingPoints);
        if (maxSentences < 2) {
            throw new IllegalArgumentException("answer.max-sentences must be at least 2, was " + maxSentences);
        }
        if (maxChars < 200) {
            throw new IllegalArgumentException("answer.max-chars must be at least 200, was " + maxChars);
        }
        if (maxQuestionChars < 20) {
            throw new IllegalArgumentException(
                    "answer.max-question-chars must be at least 20, was " + maxQuestionChars);
        }
    }
}
