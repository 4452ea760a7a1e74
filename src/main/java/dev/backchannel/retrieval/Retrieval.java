package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public Retrieval {
    hits = List.copyOf(hits);
    named = List.copyOf(named);
    termWeights = Collections.unmodifiableMap(new LinkedHashMap<>(termWeights));
  }

  private static final int BEST_PASSAGES = 3;
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

  /**
   * Whether the question names a year that none of the retrieved passages mentions. The knowledge
   * base then holds nothing on what happened that year: "who won the table tennis championship in
   * 2023?" finds ping-pong diplomacy in 1971, and quoting 1971 would answer a question nobody
   * asked, however similar its words. A year the passages do mention ("the Oslo talks in 1993")
   * is evidence like any other word.
   */
  public boolean asksAboutUnmentionedYear() {
    List<Hit> best = hits.subList(0, Math.min(BEST_PASSAGES, hits.size()));
    return termWeights.keySet().stream()
        .filter(term -> YEAR.matcher(term).matches())
        .anyMatch(year -> best.stream().noneMatch(hit -> mentions(hit.passage(), year)));
  }

  private static boolean mentions(Passage passage, String year) {
    Pattern standalone = Pattern.compile("(?<!\\d)" + year + "(?!\\d)");
    return standalone.matcher(passage.title()).find() || standalone.matcher(passage.text()).find();
  }
}
