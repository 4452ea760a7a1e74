package dev.backchannel.store;

import java.time.Instant;
import java.util.List;

/**
 * A question as a report reads it.
 *
 * @param question the question, empty when it was asked privately
 * @param answer the answer, empty when the question was asked privately
 * @param askedPrivately whether only the asker saw the answer
 */
public record RecordedQuestion(
        long id,
        Instant askedAt,
        String source,
        String question,
        String language,
        String mode,
        boolean abstained,
        List<String> citedTopics,
        String answer,
        boolean askedPrivately) {

    public RecordedQuestion {
        citedTopics = List.copyOf(citedTopics);
    }
}
