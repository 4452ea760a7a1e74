package dev.backchannel.quiz;

import java.util.List;

/**
 * One multiple-choice question and the passage that explains its answer.
 *
 * @param correct index of the right option
 */
public record QuizQuestion(
        String prompt, List<String> options, int correct, String explanation, String sourceTitle, String sourceUrl) {

    public QuizQuestion {
        options = List.copyOf(options);
        if (correct < 0 || correct >= options.size()) {
            throw new IllegalArgumentException("the right option must be one of the options");
        }
    }
}
