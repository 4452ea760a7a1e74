package dev.backchannel.config;

import java.util.List;
import java.util.Map;

/**
 * How passages are ranked (BM25, dense vectors, or both fused by reciprocal rank with constant
 * {@code rrfK} over the first {@code candidates} of each ranking), how many a question retrieves,
 * and how much of a question the best passages must cover (IDF-weighted share of its content
 * words) before the bot answers rather than abstains: {@code minCoverage} in general (or the
 * language's own value in {@code minCoverageByLanguage}: Vietnamese questions are matched by
 * syllables and syllable pairs, whose shares run lower), {@code minCoverageNamed} when the
 * question names a topic of the knowledge base (the name already counts as found, so the rest
 * needs less). A paraphrase shares few words with its passage, so a question whose embedding is at
 * least {@code minSimilarity} (cosine) from a passage is answered too, in the {@code
 * similarityLanguages} the embedding model was trained on (elsewhere its similarities say little,
 * and its ranking counts {@code denseWeightOtherLanguages} of the BM25 ranking in the fusion). A
 * question in another language that switches to English for a clause is judged by the similarity
 * of its English words, which runs lower for a fragment: {@code minSimilaritySwitched}. The
 * questions a section answers, as the knowledge files list them, count {@code questionsWeight} of
 * its text's words. A question of at most {@code shortQuestionTerms} content words that names no
 * topic is answered only when one passage holds {@code minCoverageShort} of them: its embedding says little ("What
 * currency does Oman use?" is close to the Oman channel), and its few words either occur together
 * or are about something else ("the capital of France"). A question of a conversation shaped like a
 * follow-up is read as one when the conversation's topic holds its words at least as well as the
 * topic it finds alone, less {@code followUpMargin}.
 */
public record RetrievalConfig(
        RetrievalMode mode,
        int topK,
        int candidates,
        int rrfK,
        double minCoverage,
        Map<String, Double> minCoverageByLanguage,
        double minCoverageNamed,
        double minSimilarity,
        double minSimilaritySwitched,
        List<String> similarityLanguages,
        double denseWeightOtherLanguages,
        double questionsWeight,
        int shortQuestionTerms,
        double minCoverageShort,
        double followUpMargin) {
    /** The same settings, ranking with another mode. */
    public RetrievalConfig withMode(RetrievalMode other) {
        return new RetrievalConfig(
                other,
                topK,
                candidates,
                rrfK,
                minCoverage,
                minCoverageByLanguage,
                minCoverageNamed,
                minSimilarity,
                minSimilaritySwitched,
                similarityLanguages,
                denseWeightOtherLanguages,
                questionsWeight,
                shortQuestionTerms,
                minCoverageShort,
                followUpMargin);
    }

    /** The coverage a question in this language needs when it names no topic. */
    public double minCoverageFor(String language) {
        return minCoverageByLanguage.getOrDefault(language, minCoverage);
    }

    public RetrievalConfig {
        if (candidates < topK) {
            throw new IllegalArgumentException(
                    "retrieval.candidates must be at least retrieval.top-k, was " + candidates);
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("retrieval.rrf-k must be positive, was " + rrfK);
        }
        if (topK < 1 || topK > 50) {
            throw new IllegalArgumentException("retrieval.top-k must be between 1 and 50, was " + topK);
        }
        if (minCoverage < 0 || minCoverage > 1) {
            throw new IllegalArgumentException("retrieval.min-coverage must be between 0 and 1, was " + minCoverage);
        }
        if (shortQuestionTerms < 0) {
            throw new IllegalArgumentException(
                    "retrieval.short-question-terms must not be negative, was " + shortQuestionTerms);
        }
        if (minCoverageShort < 0 || minCoverageShort > 1) {
            throw new IllegalArgumentException(
                    "retrieval.min-coverage-short must be between 0 and 1, was " + minCoverageShort);
        }
        if (followUpMargin < 0 || followUpMargin > 1) {
            throw new IllegalArgumentException(
                    "retrieval.follow-up-margin must be between 0 and 1, was " + followUpMargin);
        }
        similarityLanguages = List.copyOf(similarityLanguages);
        minCoverageByLanguage = Map.copyOf(minCoverageByLanguage);
        if (minCoverageNamed < 0 || minCoverageNamed > 1) {
            throw new IllegalArgumentException(
                    "retrieval.min-coverage-named must be between 0 and 1, was " + minCoverageNamed);
        }
    }
}
