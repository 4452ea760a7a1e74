package dev.backchannel.store;

import dev.backchannel.knowledge.Language;
import java.util.List;

/**
 * An answer as the database keeps it, for the buttons under it: any process can show its
 * sources, record a vote or continue it in a thread, however long ago it was given. An answer
 * asked privately is never continued in a (public) thread.
 *
 * @param place the channel, thread or follow-up conversation it was asked in
 * @param askedBy who asked it (a Discord user id): only they may share a private answer
 */
public record StoredAnswer(
        String answerRef,
        String question,
        Language language,
        boolean abstained,
        String answer,
        List<String> citedTopics,
        List<CitedSource> sources,
        boolean askedPrivately,
        String place,
        String askedBy) {

    public StoredAnswer {
        citedTopics = List.copyOf(citedTopics);
        sources = List.copyOf(sources);
    }
}
