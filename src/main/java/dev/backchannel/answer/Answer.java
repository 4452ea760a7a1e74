package dev.backchannel.answer;

import dev.backchannel.knowledge.Language;
import java.util.List;
import java.util.Optional;

/**
 * An answer ready for any front end. Every {@code [n]} in {@code text} has its citation here, and
 * every citation points at a passage retrieval returned for this question.
 *
 * @param fallbackReason why a configured language model's answer was not used (empty otherwise)
 * @param abstainReason why the bot abstained, when it did
 */
public record Answer(
        String question,
        Language language,
        String text,
        boolean abstained,
        AnswerMode mode,
        List<Citation> citations,
        List<Suggestion> suggestions,
        Timings timings,
        String fallbackReason,
        Optional<AbstainReason> abstainReason) {

    public Answer {
        citations = List.copyOf(citations);
        suggestions = List.copyOf(suggestions);
    }

    /** The sources to list: one line a cited section, however many of its parts are cited. */
    public List<CitedSection> citedSections() {
        return CitedSection.of(citations);
    }

    /** Topic ids of the citations, in citation order, without repeats. */
    public List<String> citedTopicIds() {
        return citations.stream().map(Citation::topicId).distinct().toList();
    }
}
