package dev.backchannel.quiz;

import java.util.List;

/**
 * One multiple-choice question and the passage that explains its answer.
 *
 * @param topicId the topic the question is about: the answer's, or the case whose fact or track
 *     is asked; empty for a question kept from before questions said so
 * @param correct index of the right option
 * @param passageKey the {@link dev.backchannel.knowledge.Passage#key() key} of the cited passage
 */
public record QuizQuestion(
        QuizFormat format,
        String topicId,
        String prompt,
        List<String> options,
        int correct,
        String explanation,
        String passageKey,
        String sourceTitle,
        String sourceUrl) {

    public QuizQuestion {
        // Quizzes kept before there were formats asked only which topic a summary described.
        format = format == null ? QuizFormat.TOPIC : format;
        topicId = topicId == null ? "" : topicId;
        passageKey = passageKey == null ? "" : passageKey;
        options = List.copyOf(options);
        if (correct < 0 || correct >= options.size()) {
            throw new IllegalArgumentException("the right option must be one of the options");
        }
    }

    public String answer() {
        return options.get(correct);
    }
}
