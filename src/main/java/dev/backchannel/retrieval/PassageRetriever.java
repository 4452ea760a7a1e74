package dev.backchannel.retrieval;

import dev.backchannel.concurrent.Futures;
import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.config.RetrievalMode;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.LanguageDetector;
import dev.backchannel.question.LanguageParts;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionReading;
import dev.backchannel.question.QuestionType;
import dev.backchannel.question.TermExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Retrieval over the passage index: BM25 over analysed terms, nearest neighbours of the question's
 * embedding, or both fused by reciprocal rank. The lexical query is {@link LexicalQueries}'s.
 */
public final class PassageRetriever implements Retriever {

    private static final float SAME_LANGUAGE_BOOST = 1.5f;
    private static final float PREFERRED_SECTION_BOOST = 1.5f;
    private static final float NAMED_KIND_BOOST = 1.5f;

    private final PassageIndex index;
    private final EvidenceCoverage coverage;
    private final RetrievalConfig config;
    private final Optional<Embedder> embedder;
    private final Executor embedding;
    private final EmbeddedQuestions embedded;
    private final LexicalQueries queries;
    private final TopicPassages topics;
    private final FollowUpChoice followUps;

    /** A retriever that embeds each question on the thread that asks it. */
    public PassageRetriever(
            PassageIndex index, TermExtractor terms, Optional<Embedder> embedder, RetrievalConfig config) {
        this(index, terms, embedder, config, Runnable::run, new LanguageDetector(Lexicon.standard()));
    }

    /**
     * @param embedding runs the question's embedding while the question is read and the lexical
     *     search goes on, so hybrid retrieval costs about one embedding rather than an embedding plus
     *     the rest
     * @param detector tells, before a question is read, whether it is in a language the embedding
     *     model reads, so no embedding is begun that would not be used
     */
    public PassageRetriever(
            PassageIndex index,
            TermExtractor terms,
            Optional<Embedder> embedder,
            RetrievalConfig config,
            Executor embedding,
            LanguageDetector detector) {
        this.index = index;
        this.embedder = embedder;
        this.coverage = new EvidenceCoverage(terms);
        this.topics = new TopicPassages(index);
        this.followUps = new FollowUpChoice(topics, coverage, config);
        this.config = config;
        this.embedding = embedding;
        this.embedded = new EmbeddedQuestions(config, detector);
        this.queries = new LexicalQueries(terms, config);
    }

    /**
     * Begins embedding the question as asked before reading it: a question that stands alone is
     * embedded as typed (the embedding model reads typos and short forms as well as their
     * corrections), so the embedding, the longest step, overlaps reading and the lexical search. A
     * question that may be a follow-up is retrieved as it stands first, then as a follow-up if
     * {@link FollowUpChoice} finds it one; one that surely is one is retrieved as a follow-up only.
     */
    @Override
    public Retrieval retrieve(String asked, Function<String, QuestionReading> reading, List<String> contextTopics) {
        Optional<CompletableFuture<float[]>> early = embedsAsAsked(asked)
                ? Optional.of(CompletableFuture.supplyAsync(
                        () -> embedder.orElseThrow().embedQuery(asked), embedding))
                : Optional.empty();
        QuestionReading read = reading.apply(asked);
        if (read.asFollowUp().isEmpty() || contextTopics.isEmpty()) {
            return retrieve(read.alone(), contextTopics, early);
        }
        AnalyzedQuestion asFollowUp = read.asFollowUp().get();
        if (FollowUpChoice.surely(read)) {
            return retrieve(asFollowUp, contextTopics, Optional.empty());
        }
        Retrieval alone = retrieve(read.alone(), contextTopics, early);
        return followUps.followsUp(read, alone, contextTopics.get(0))
                ? retrieve(asFollowUp, contextTopics, Optional.empty())
                : alone;
    }

    @Override
    public Retrieval retrieve(AnalyzedQuestion question, List<String> contextTopics) {
        return retrieve(question, contextTopics, Optional.empty());
    }

    private boolean embedsAsAsked(String asked) {
        return embedder.isPresent() && embedded.asAsked(asked);
    }

    private Retrieval retrieve(
            AnalyzedQuestion question, List<String> contextTopics, Optional<CompletableFuture<float[]>> early) {
        List<String> namedIds = question.namedIds();
        BooleanQuery contentQuery = queries.content(question.searched(), namedIds, contextTopics);
        if (contentQuery.clauses().isEmpty()) {
            return new Retrieval(question, question.language(), List.of(), 0, 0, 0);
        }
        Optional<String> understood = embedded.understood(question);
        RetrievalMode mode = mode(understood);
        try {
            String embeddedText = understood.orElse(question.searched());
            CompletableFuture<ScoreDoc[]> dense = mode == RetrievalMode.BM25
                    ? CompletableFuture.completedFuture(new ScoreDoc[0])
                    : early.filter(vector -> embeddedText.equals(question.asked()))
                            .map(vector -> vector.thenApply(this::nearest))
                            .orElseGet(() -> CompletableFuture.supplyAsync(
                                    () -> nearest(embedder.orElseThrow().embedQuery(embeddedText)), embedding));
            // Stored fields are read once per document, though both ranking and selection need them.
            Map<Integer, Passage> loaded = new HashMap<>();
            IntFunction<Passage> passages = doc -> loaded.computeIfAbsent(doc, index::passage);
            ScoreDoc[] lexical = switch (mode) {
                case BM25 -> lexical(contentQuery, question, passages);
                case DENSE -> new ScoreDoc[0];
                case HYBRID -> lexical(contentQuery, question, contextTopics, passages);
            };
            ScoreDoc[] nearest = Futures.join(dense);
            ScoreDoc[] ranked = switch (mode) {
                case BM25 -> lexical;
                case DENSE -> nearest;
                case HYBRID ->
                    fuse(
                            List.of(lexical, nearest),
                            List.of(1.0, understood.isPresent() ? 1.0 : config.denseWeightOtherLanguages()));
            };
            List<Hit> hits = HitSelection.select(ranked, question, passages, topics::documents, config.topK());
            // Lucene scores cosine vectors as (1 + cos) / 2.
            double similarity = nearest.length == 0 || understood.isEmpty() ? 0 : 2 * nearest[0].score - 1;
            List<Passage> candidates = Arrays.stream(ranked, 0, Math.min(ranked.length, config.candidates()))
                    .map(doc -> passages.apply(doc.doc))
                    .toList();
            EvidenceCoverage.Coverage covered = coverage.of(question, hits, candidates);
            return new Retrieval(
                    question, question.language(), hits, covered.ofTopic(), covered.ofOnePassage(), similarity);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index failed", e);
        }
    }

    /**
     * The lexical ranking for the fusion. A question that switches to English is searched part by
     * part and the two rankings fused: searched whole, the Vietnamese part's syllables, which match
     * in many fields, drown the few words of the English clause that the dense ranking also reads.
     * Without a dense ranking to agree with the English part, this split does worse than the whole
     * (BM25-only cross-language R@3 0.866 -> 0.817), so BM25 mode searches the question whole.
     */
    private ScoreDoc[] lexical(
            BooleanQuery whole, AnalyzedQuestion question, List<String> contextTopics, IntFunction<Passage> passages)
            throws IOException {
        if (question.switched().isEmpty()) {
            return lexical(whole, question, passages);
        }
        LanguageParts parts = question.switched().get();
        return fuse(
                List.of(
                        lexical(
                                queries.content(parts.restText(), question.namedIds(), contextTopics),
                                question,
                                passages),
                        lexical(
                                queries.content(parts.englishText(), question.namedIds(), contextTopics),
                                question,
                                passages)),
                List.of(1.0, 1.0));
    }

    /**
     * The BM25 ranking, then the preferences that every passage could earn (the asker's language, the
     * section a question type asks for, a term rather than a case for "what is it called") added to
     * the candidates' scores. As query clauses they would match half the index and keep Lucene from
     * skipping non-competitive documents, which costs little here and a great deal on a large corpus.
     */
    private ScoreDoc[] lexical(Query content, AnalyzedQuestion question, IntFunction<Passage> passages)
            throws IOException {
        ScoreDoc[] docs = index.searcher().search(content, config.candidates()).scoreDocs;
        for (ScoreDoc doc : docs) {
            Passage passage = passages.apply(doc.doc);
            if (passage.language() == question.language()) {
                doc.score += SAME_LANGUAGE_BOOST;
            }
            if (question.prefers(passage)
                    && (!question.type().explains() || question.namedIds().contains(passage.topicId()))) {
                // An explanation is preferred only in a topic the question names: "why" and "limits"
                // sections are in every file, and would otherwise outrank the asked topic's others.
                doc.score += PREFERRED_SECTION_BOOST;
            }
            if (question.type() == QuestionType.NAMING && passage.kind() != Kind.EXAMPLE) {
                // The answer to "what is it called" is a term or a track, not one of the cases.
                doc.score += NAMED_KIND_BOOST;
            }
        }
        Arrays.sort(docs, (a, b) -> Float.compare(b.score, a.score));
        return docs;
    }

    /**
     * The mode this question is searched in: hybrid falls back to BM25 for a question the embedding
     * model cannot read when its ranking would count for nothing, which saves the embedding.
     */
    private RetrievalMode mode(Optional<String> understood) {
        if (embedder.isEmpty()) {
            return RetrievalMode.BM25;
        }
        if (config.mode() == RetrievalMode.HYBRID && understood.isEmpty() && config.denseWeightOtherLanguages() == 0) {
            return RetrievalMode.BM25;
        }
        return config.mode();
    }

    /** The nearest passages to a question's embedding. */
    private ScoreDoc[] nearest(float[] question) {
        Query query = new KnnFloatVectorQuery(Fields.VECTOR, question, config.candidates());
        try {
            return index.searcher().search(query, config.candidates()).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index failed", e);
        }
    }

    /**
     * Reciprocal rank fusion: each ranking gives a document 1 / (k + rank). Ranks, not scores, are
     * added, because BM25 and cosine scores are on scales that cannot be compared. The dense ranking
     * counts less for a question in a language the embedding model was not trained on.
     */
    private ScoreDoc[] fuse(List<ScoreDoc[]> rankings, List<Double> weights) {
        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int i = 0; i < rankings.size(); i++) {
            ScoreDoc[] ranking = rankings.get(i);
            for (int rank = 0; rank < ranking.length; rank++) {
                fused.merge(ranking[rank].doc, weights.get(i) / (config.rrfK() + rank + 1), Double::sum);
            }
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .map(entry -> new ScoreDoc(entry.getKey(), entry.getValue().floatValue()))
                .toArray(ScoreDoc[]::new);
    }
}
