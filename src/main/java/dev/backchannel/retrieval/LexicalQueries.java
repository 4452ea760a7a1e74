package dev.backchannel.retrieval;

import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.index.Fields;
import dev.backchannel.question.QuestionReader;
import dev.backchannel.question.TermExtractor;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the BM25 query of a question's words. The question is never handed to a query parser: it
 * is analysed into terms and the query is built from them, so "Track II: what? (AND" is just words.
 */
final class LexicalQueries {

    /** A word of a topic's names counts more than one of its text. */
    private static final float NAMES_BOOST = 1.5f;
    /** A syllable pair of a name is most of a Vietnamese name: more still. */
    private static final float NAME_BIGRAMS_BOOST = 2f;
    /** Words with their diacritics repeat the folded match: they only break ties. */
    private static final float EXACT_BOOST = 0.5f;

    private static final float NAMED_TOPIC_BOOST = 10f;
    private static final float CONTEXT_TOPIC_BOOST = 2f;

    private final TermExtractor terms;
    private final RetrievalConfig config;

    LexicalQueries(TermExtractor terms, RetrievalConfig config) {
        this.terms = terms;
        this.config = config;
    }

    /**
     * The BM25 query of a question's words, analysed every way the passages were, plus a constant
     * boost for every passage of a topic the question names and a smaller one for the topics of the
     * conversation so far.
     */
    BooleanQuery content(String text, List<String> namedIds, List<String> contextTopics) {
        List<String> english = QuestionReader.cap(terms.english(text));
        List<String> folded = QuestionReader.cap(terms.folded(text));
        BooleanQuery.Builder content = new BooleanQuery.Builder();
        addTerms(content, Fields.BODY_EN, english, 1f);
        addTerms(content, Fields.NAMES_EN, english, NAMES_BOOST);
        addTerms(content, Fields.BODY_FOLDED, folded, 1f);
        addTerms(content, Fields.NAMES_FOLDED, folded, NAMES_BOOST);
        float questions = (float) config.questionsWeight();
        addTerms(content, Fields.QUESTIONS_EN, english, questions);
        addTerms(content, Fields.QUESTIONS_FOLDED, folded, questions);
        addTerms(content, Fields.SUMMARY_EN, english, 1f);
        addTerms(content, Fields.SUMMARY_FOLDED, folded, 1f);
        List<String> bigrams = QuestionReader.cap(terms.bigrams(text));
        addTerms(content, Fields.BODY_BIGRAMS, bigrams, 1f);
        addTerms(content, Fields.NAMES_BIGRAMS, bigrams, NAME_BIGRAMS_BOOST);
        addTerms(content, Fields.QUESTIONS_BIGRAMS, bigrams, questions);
        List<String> exact = QuestionReader.cap(terms.exact(text));
        addTerms(content, Fields.BODY_EXACT, exact, EXACT_BOOST);
        addTerms(content, Fields.NAMES_EXACT, exact, EXACT_BOOST);
        namedIds.forEach(
                id -> content.add(constant(Fields.TOPIC_ID, id, NAMED_TOPIC_BOOST), BooleanClause.Occur.SHOULD));
        contextTopics.stream()
                .filter(id -> !namedIds.contains(id))
                .limit(2)
                .forEach(id ->
                        content.add(constant(Fields.TOPIC_ID, id, CONTEXT_TOPIC_BOOST), BooleanClause.Occur.SHOULD));
        return content.build();
    }

    private static void addTerms(BooleanQuery.Builder builder, String field, List<String> values, float boost) {
        if (boost <= 0) {
            return;
        }
        for (String value : values) {
            Query query = new TermQuery(new Term(field, value));
            builder.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private static Query constant(String field, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
    }
}
