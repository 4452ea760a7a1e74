package dev.backchannel.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent turns of one conversation (a console chat, a Discord thread), so a follow-up such as
 * "and Track III?" or "who started it?" is read in the light of what came before.
 */
public final class Conversation {

  private static final int REMEMBERED_TURNS = 3;

  private final List<Answer> turns = new ArrayList<>();

  public void remember(Answer answer) {
    if (answer.abstained()) {
      return;
    }
    turns.add(0, answer);
    if (turns.size() > REMEMBERED_TURNS) {
      turns.remove(turns.size() - 1);
    }
  }

  /** Topics of the most recent answered turns, most recent first. */
  public List<String> recentTopics() {
    List<String> topics = new ArrayList<>();
    for (Answer turn : turns) {
      turn.citedTopicIds().stream().limit(1).filter(id -> !topics.contains(id)).forEach(topics::add);
    }
    return topics;
  }

  /** The questions of the most recent answered turns, oldest first. */
  public List<String> recentQuestions() {
    List<String> questions = new ArrayList<>();
    for (int i = turns.size() - 1; i >= 0; i--) {
      questions.add(turns.get(i).question());
    }
    return questions;
  }

  public boolean isEmpty() {
    return turns.isEmpty();
  }
}
