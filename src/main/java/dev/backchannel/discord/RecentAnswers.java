package dev.backchannel.discord;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.Conversation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers and conversations the buttons and threads of recent messages refer to, kept in
 * memory and bounded: the oldest are forgotten first, and their buttons then say so.
 */
final class RecentAnswers {

  /** An answer, and the conversation a follow-up on it continues. */
  record Entry(Answer answer, Conversation conversation) {}

  private final Map<String, Entry> answers;
  private final Map<String, Conversation> threads;

  RecentAnswers(int capacity) {
    this.answers = bounded(capacity);
    this.threads = bounded(capacity);
  }

  private static <V> Map<String, V> bounded(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized void remember(String answerId, Answer answer, Conversation conversation) {
    answers.put(answerId, new Entry(answer, conversation));
  }

  synchronized Optional<Entry> answer(String answerId) {
    return Optional.ofNullable(answers.get(answerId));
  }

  synchronized void openThread(String threadId, Conversation conversation) {
    threads.put(threadId, conversation);
  }

  synchronized Optional<Conversation> thread(String threadId) {
    return Optional.ofNullable(threads.get(threadId));
  }
}
