package dev.backchannel.question;

import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Reads a question once, against one knowledge version: corrects its spelling to the index's
 * words, finds the topics it names and what it sets aside, tells its language, its type and its
 * content words with their weights.
 */
public final class QuestionReader {

    /** Keeps a pasted essay from growing a query past Lucene's clause limit. */
    public static final int MAX_TERMS = 32;

    private static final double BIGRAM_EVIDENCE_SHARE = 0.75;

    private final PassageIndex index;
    private final Glossary glossary;
    private final TermExtractor terms;
    private final LanguageDetector detector;
    private final SpellingCorrector corrector;
    private final Exclusions exclusions;
    private final QuestionTypes types;
    private final SmallTalk smallTalk;

    public QuestionReader(
            PassageIndex index,
            Glossary glossary,
            TermExtractor terms,
            LanguageDetector detector,
            QuestionTypes types,
            Lexicon lexicon) {
        this.index = index;
        this.glossary = glossary;
        this.terms = terms;
        this.detector = detector;
        this.types = types;
        this.corrector = new SpellingCorrector(index, lexicon);
        this.exclusions = new Exclusions(lexicon);
        this.smallTalk = new SmallTalk(lexicon);
    }

    /** Reads a question that stands alone. */
    public AnalyzedQuestion read(String question) {
        return read(question, question);
    }

    /**
     * Reads a question of a conversation.
     *
     * @param asked the question as asked
     * @param standalone the question with what it refers back to added, which is what is searched
     */
    public AnalyzedQuestion read(String asked, String standalone) {
        String text = corrector.correct(standalone);
        // What the question sets aside ("besides ping pong") is not searched for: it would find what
        // the asker already knows.
        String without = exclusions.without(text);
        String searched = without.isBlank() ? text : without;
        List<Glossary.Match> named = glossary.find(searched);
        List<String> names = named.stream().map(Glossary.Match::name).toList();
        Language language = detector.detect(text, names);
        QuestionType type = types.of(searched);
        Optional<LanguageParts> switched = language == Language.EN
                ? Optional.empty()
                : Optional.of(detector.parts(searched, names)).filter(LanguageParts::switchesToEnglish);
        Map<String, Double> weights = switched.map(parts -> switchedWeights(language, parts))
                .orElseGet(() -> weights(language, cap(terms.evidence(language, searched))));
        return new AnalyzedQuestion(
                asked,
                text,
                searched,
                language,
                type,
                types.preferredSections(type),
                named,
                exclusions.setAside(text),
                switched,
                weights,
                smallTalk.matches(asked));
    }

    /**
     * The evidence terms of a question that switches to English, each part in its own language: the
     * English words stemmed as English, the rest as the question's language.
     */
    private Map<String, Double> switchedWeights(Language language, LanguageParts parts) {
        Map<String, Double> weights =
                new LinkedHashMap<>(weights(language, cap(terms.evidence(language, parts.restText()))));
        weights(Language.EN, cap(terms.evidence(Language.EN, parts.englishText())))
                .forEach(weights::putIfAbsent);
        return weights;
    }

    /**
     * Each evidence term with its BM25 inverse document frequency. Two kinds of term count double,
     * because a passage without them does not answer the question whatever else it shares with it:
     * a term no passage contains (the knowledge base has never mentioned it) and a number (a year
     * or a count is a precise fact: "the 2022 World Cup" is not "the 2011 Cricket World Cup").
     */
    private Map<String, Double> weights(Language language, List<String> evidenceTerms) {
        IndexReader reader = index.searcher().getIndexReader();
        Map<String, Double> weights = new LinkedHashMap<>();
        try {
            for (String term : evidenceTerms) {
                String field = language == Language.EN
                        ? Fields.BODY_EN
                        : term.contains(" ") ? Fields.BODY_BIGRAMS : Fields.BODY_FOLDED;
                int df = reader.docFreq(new Term(field, term));
                double idf = Math.log(1 + (reader.numDocs() - df + 0.5) / (df + 0.5));
                boolean decisive = df == 0 || Numbers.isNumber(term);
                double weight = decisive ? 2 * idf : idf;
                // A syllable pair is often two words side by side rather than one word: it counts less.
                weights.put(term, term.contains(" ") ? BIGRAM_EVIDENCE_SHARE * weight : weight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading term statistics failed", e);
        }
        return weights;
    }

    /** At most {@link #MAX_TERMS} of a list of terms. */
    public static List<String> cap(List<String> values) {
        return values.size() <= MAX_TERMS ? values : values.subList(0, MAX_TERMS);
    }
}
