package dev.backchannel.store;

import java.util.List;

/** One numbered question of a session with its answer and sources, as a transcript shows it. */
public record SessionEntry(
        int number,
        String asker,
        String question,
        String answer,
        boolean abstained,
        List<String> citedTopics,
        List<CitedSource> sources) {

    public SessionEntry {
        citedTopics = List.copyOf(citedTopics);
        sources = List.copyOf(sources);
    }
}
