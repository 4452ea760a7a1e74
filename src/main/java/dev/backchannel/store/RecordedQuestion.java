package dev.backchannel.store;

import java.time.Instant;
import java.util.List;

/** A question as it was stored. */
public record RecordedQuestion(
        long id,
        Instant askedAt,
        String source,
        String question,
        String language,
        String mode,
        boolean abstained,
        List<String> citedTopics,
        String answer) {

    public RecordedQuestion {
        citedTopics = List.copyOf(citedTopics);
    }
}
