package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Language;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What retrieval found for a question.
 *
 * @param coverage the largest IDF-weighted share of the question's content words that one of
 *     the best passages contains, from 0 to 1: the evidence that the knowledge base covers it
 * @param similarity the cosine similarity between the question's embedding and the nearest
 *     passage, from -1 to 1; 0 when dense retrieval is off or the embedding model does not
 *     understand the question's language
 * @param switchedToEnglish whether the question is in another language but switches to English
 *     for a clause or more, so that {@code similarity} is that of its English words alone
 * @param named the topics the question names, in order of mention
 * @param termWeights the question's content words as matched against passages, each with its
 *     inverse document frequency, in question order
 */
public record Retrieval(
    String question,
    Language language,
    QuestionType type,
    List<Hit> hits,
    double coverage,
    double similarity,
    boolean switchedToEnglish,
    List<Glossary.Match> named,
    Map<String, Double> termWeights) {

  private static final int BEST_PASSAGES = 3;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]\\d\\d|20\\d\\d)(?!\\d)");

  public Retrieval {
    hits = List.copyOf(hits);
    named = List.copyOf(named);
    termWeights = Collections.unmodifiableMap(new LinkedHashMap<>(termWeights));
  }

  /**
   * Whether the question names a year that none of the best passages mentions. The knowledge
   * base then holds nothing on what happened that year: "who won the table tennis championship in
   * 2023?" finds ping-pong diplomacy in 1971, and quoting 1971 would answer a question nobody
   * asked, however similar its words. A year the passages do mention ("the Oslo talks in 1993")
   * is evidence like any other word.
   */
  public boolean asksAboutUnmentionedYear() {
    Set<String> mentioned = new HashSet<>();
    for (Hit hit : hits.subList(0, Math.min(BEST_PASSAGES, hits.size()))) {
      YEAR.matcher(hit.passage().title() + " " + hit.passage().text()).results().map(MatchResult::group).forEach(mentioned::add);
    }
    return termWeights.keySet().stream().anyMatch(term -> YEAR.matcher(term).matches() && !mentioned.contains(term));
  }
}
