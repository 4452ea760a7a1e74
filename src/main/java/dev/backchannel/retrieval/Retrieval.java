package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
