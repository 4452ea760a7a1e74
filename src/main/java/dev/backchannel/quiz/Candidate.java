package dev.backchannel.quiz;

import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import java.util.List;

/**
 * A question as generated, before the checks decide whether it is asked.
 *
 * @param topic the topic the question is about: the answer's, or the case a fact or track is of
 * @param prompt the whole stem as the student reads it
 * @param body the masked passage inside the stem, which must read as a sentence
 * @param informative the parts of the stem that vary from question to question: a case's name and
 *     the body, where a word shared with an option could give it away
 * @param options the right option first
 * @param cited the passage the explanation quotes
 */
record Candidate(
        QuizFormat format,
        Topic topic,
        String prompt,
        Masked body,
        String informative,
        List<Option> options,
        Passage cited,
        String explanation) {

    Candidate {
        options = List.copyOf(options);
    }

    Option answer() {
        return options.get(0);
    }
}
