package dev.backchannel.store;

import java.util.List;

/** One numbered question of a session with its answer and sources, as a transcript shows it. */
public record SessionEntry(int number, String asker, String question, String answer, boolean abstained, List<String> citedTopics, List<Source> sources) {

  /** A numbered source of an answer. */
  public record Source(int n, String title, String section, String url) {}

  public SessionEntry {
    citedTopics = List.copyOf(citedTopics);
    sources = List.copyOf(sources);
  }
}
