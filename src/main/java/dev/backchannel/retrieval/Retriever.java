package dev.backchannel.retrieval;

import java.util.List;

/** Finds the passages that answer a question. */
public interface Retriever {

  /**
   * @param question the cleaned question
   * @param contextTopics topics of the previous turn of a conversation, most recent first, which
   *     a follow-up such as "who started it?" refers to
   */
  Retrieval retrieve(String question, List<String> contextTopics);
}
