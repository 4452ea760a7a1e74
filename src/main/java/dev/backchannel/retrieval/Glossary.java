package dev.backchannel.retrieval;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every name of every topic (titles and aliases, both languages), folded, so that a question
 * naming a topic in either language, with or without diacritics, is tied to that topic.
 */
public final class Glossary {

  /** A topic named in a question, and the name that named it. */
  public record Match(String topicId, String name) {}

  private final List<Map.Entry<String, String>> names;

  public Glossary(KnowledgeBase knowledge) {
    Map<String, String> byName = new TreeMap<>();
    for (Topic topic : knowledge.topics()) {
      addName(byName, topic.title(), topic.id());
      topic.aliases().forEach(alias -> addName(byName, alias, topic.id()));
    }
    List<Map.Entry<String, String>> sorted = new ArrayList<>(byName.entrySet());
    // Longest names first, so "us china track two" wins over "track two" inside it.
    sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
    this.names = List.copyOf(sorted);
  }

  private static void addName(Map<String, String> byName, String name, String topicId) {
    String folded = TextFolding.foldWords(name);
    if (folded.length() >= 3) {
      byName.putIfAbsent(folded, topicId);
    }
  }

  /** The topics a question names, in the order of their first mention, without overlaps. */
  public List<Match> find(String question) {
    String padded = " " + TextFolding.foldWords(question) + " ";
    boolean[] taken = new boolean[padded.length()];
    List<int[]> spans = new ArrayList<>();
    List<Match> found = new ArrayList<>();
    for (Map.Entry<String, String> entry : names) {
      String needle = " " + entry.getKey() + " ";
      int at = padded.indexOf(needle);
      while (at >= 0) {
        if (isFree(taken, at + 1, at + needle.length() - 1)) {
          for (int i = at + 1; i < at + needle.length() - 1; i++) {
            taken[i] = true;
          }
          spans.add(new int[] {at, found.size()});
          found.add(new Match(entry.getValue(), entry.getKey()));
          break;
        }
        at = padded.indexOf(needle, at + 1);
      }
    }
    spans.sort(Comparator.comparingInt(span -> span[0]));
    Set<String> seen = new LinkedHashSet<>();
    List<Match> ordered = new ArrayList<>();
    for (int[] span : spans) {
      Match match = found.get(span[1]);
      if (seen.add(match.topicId())) {
        ordered.add(match);
      }
    }
    return ordered;
  }

  private static boolean isFree(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
