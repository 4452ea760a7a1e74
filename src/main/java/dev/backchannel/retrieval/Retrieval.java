package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.QuestionType;
import java.util.List;
import java.util.Map;

/**
 * What retrieval found for a question.
 *
 * @param question the question as read
 * @param language the language the passages are to be quoted in: the question's, unless the asker
 *     chose another
 * @param coverage the largest IDF-weighted share of the question's content words that one of
 *     the best passages contains, from 0 to 1: the evidence that the knowledge base covers it
 * @param passageCoverage the largest such share that one single passage among the best contains:
 *     the evidence that the knowledge base speaks of all the question's words together
 * @param similarity the cosine similarity between the question's embedding and the nearest
 *     passage, from -1 to 1; 0 when dense retrieval is off or the embedding model does not
 *     understand the question's language
 */
public record Retrieval(
        AnalyzedQuestion question,
        Language language,
        List<Hit> hits,
        double coverage,
        double passageCoverage,
        double similarity) {

    private static final int BEST_OF_ONE_TOPIC = 3;

    public Retrieval {
        hits = List.copyOf(hits);
    }

    /** The same retrieval with other passages, in another language: what an answer quotes. */
    public Retrieval withHits(Language answerLanguage, List<Hit> answerHits) {
        return new Retrieval(question, answerLanguage, answerHits, coverage, passageCoverage, similarity);
    }

    public QuestionType type() {
        return question.type();
    }

    /**
     * Whether the answer is one section quoted as it reads: an explanation; the examples of the topic
     * the question names and retrieval ranks first ("examples of Track II?"); the people or the dates
     * of such a topic when it is a case ("who drafted the Beilin–Abu Mazen text?"), whose opening,
     * naming and dating it too, otherwise took the first place from the section written to answer;
     * the people or the dates of a case the question describes without naming it, when the best
     * passages are all that case's ("where did the American and Cuban negotiators meet in secret?").
     * A concept has no such section: its origin tells where its name comes from, not when the 2030
     * strategy was approved. An example that matches a description ("an ex-minister who negotiated
     * against his own government?") is a fact to find wherever it is written, as are the other kinds
     * of answer.
     */
    public boolean quotesASection() {
        if (type().explains()) {
            return true;
        }
        if (hits.isEmpty()) {
            return false;
        }
        String first = hits.get(0).passage().topicId();
        boolean named = question.namedIds().contains(first);
        boolean aCase = hits.get(0).passage().kind() == Kind.EXAMPLE;
        boolean caseFact = aCase && type().asksForACaseFact();
        return named ? type() == QuestionType.EXAMPLES || caseFact : caseFact && onlyTopicFound(first);
    }

    /** Whether the best passages are all of one topic: the question described it, not named it. */
    private boolean onlyTopicFound(String topic) {
        List<Hit> best = hits.subList(0, Math.min(BEST_OF_ONE_TOPIC, hits.size()));
        return best.size() == BEST_OF_ONE_TOPIC
                && best.stream().allMatch(hit -> hit.passage().topicId().equals(topic));
    }

    public boolean asks(QuestionType type) {
        return question.asks(type);
    }

    public List<Glossary.Match> named() {
        return question.named();
    }

    public Map<String, Double> termWeights() {
        return question.termWeights();
    }
}
