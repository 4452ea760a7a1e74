package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.question.TermWeights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** How much of a question the passages retrieved for it cover: the evidence that it can be answered. */
final class EvidenceCoverage {

    private static final int EVIDENCE_PASSAGES = 3;
    /**
     * A passage's terms are analysed once per question language and kept: analysing the retrieved
     * passages again for every question cost a millisecond or more of each retrieval. The bound keeps
     * a retriever over a very large index from keeping them all.
     */
    private static final int TERMS_KEPT = 8192;

    private final TermExtractor terms;
    private final Map<String, Set<String>> evidenceTerms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> ownTerms = new ConcurrentHashMap<>();

    EvidenceCoverage(TermExtractor terms) {
        this.terms = terms;
    }

    /**
     * How much of a question the retrieved passages cover.
     *
     * @param ofTopic the IDF-weighted share of the question's evidence terms that one topic's
     *     retrieved passages contain between them, for the best of the topics ranked at the top:
     *     evidence has to come from one topic, not be gathered word by word across unrelated ones.
     *     A topic's passages are those among the hits and among the first candidates of the ranking,
     *     so that a topic's evidence does not shrink when another topic fills the hits
     * @param ofOnePassage the share that one passage among the best holds by itself
     */
    record Coverage(double ofTopic, double ofOnePassage) {}

    /**
     * The coverage of a question by its hits and the ranking's first candidates. The words of a
     * topic name the question contains count as found: naming a topic is evidence, but only for
     * those words, so "kênh 2 VTV tối nay chiếu phim gì" still fails on the rest, which is about
     * television.
     */
    Coverage of(AnalyzedQuestion question, List<Hit> hits, List<Passage> candidates) {
        if (hits.isEmpty()) {
            return new Coverage(0, 0);
        }
        if (question.termWeights().isEmpty()) {
            return new Coverage(1, 1);
        }
        Set<String> namedTerms = namedTerms(question);
        return new Coverage(ofTopic(question, hits, candidates, namedTerms), ofOnePassage(question, hits, namedTerms));
    }

    /**
     * The IDF-weighted share of a question's evidence terms that some of the given passages hold
     * between them. A topic the question names counts only where the passages say its name: "is
     * Pugwash the same?" is not about the topic of a conversation whose passages never mention it.
     */
    double ofPassages(AnalyzedQuestion question, List<Passage> passages) {
        return ofPassages(question, question.termWeights(), passages);
    }

    /**
     * The IDF-weighted share of a question's single words that some of the given passages hold
     * between them. The pairs of adjacent words a search weighs most are left out: a pair across two
     * phrases ("thành lập | năm", "thông điệp | giữa") is found only where the two happen to meet, so
     * it tells nothing of which of two topics speaks of the question's words.
     */
    double ofWords(AnalyzedQuestion question, List<Passage> passages) {
        Map<String, Double> words = new LinkedHashMap<>(question.termWeights());
        words.keySet().removeIf(term -> term.contains(" "));
        return ofPassages(question, words, passages);
    }

    private double ofPassages(AnalyzedQuestion question, Map<String, Double> weights, List<Passage> passages) {
        if (weights.isEmpty()) {
            return 1;
        }
        List<Set<String>> evidence = passages.stream()
                .map(passage -> evidenceTerms(question.language(), passage))
                .toList();
        return share(weights, evidence, Set.of());
    }

    /**
     * What a retrieval found for a question on its own: its coverage, or none when the question has
     * no words to search for ("why?").
     */
    static double ofAlone(Retrieval alone) {
        return alone.hits().isEmpty() ? 0 : alone.coverage();
    }

    private double ofTopic(
            AnalyzedQuestion question, List<Hit> hits, List<Passage> candidates, Set<String> namedTerms) {
        Map<String, List<Set<String>>> evidenceByTopic = new LinkedHashMap<>();
        hits.subList(0, Math.min(EVIDENCE_PASSAGES, hits.size()))
                .forEach(hit -> evidenceByTopic.putIfAbsent(hit.passage().topicId(), new ArrayList<>()));
        // A hit can be a section added from outside the ranking; the others are candidates too, and
        // looking their terms up twice changes nothing.
        List<Passage> retrieved = new ArrayList<>(candidates);
        hits.forEach(hit -> retrieved.add(hit.passage()));
        for (Passage passage : retrieved) {
            List<Set<String>> evidence = evidenceByTopic.get(passage.topicId());
            if (evidence != null) {
                evidence.add(evidenceTerms(question.language(), passage));
            }
        }
        double best = 0;
        for (List<Set<String>> passages : evidenceByTopic.values()) {
            best = Math.max(best, share(question.termWeights(), passages, namedTerms));
        }
        return best;
    }

    /**
     * The IDF-weighted share of the terms of {@code weights} that some of the passages' term sets
     * hold, or that are already found. The question's few terms are looked up in each passage's
     * terms, rather than the passages' hundreds of terms gathered into one set for every question.
     */
    private static double share(Map<String, Double> weights, List<Set<String>> passages, Set<String> found) {
        Set<String> present = new HashSet<>(found);
        for (String term : weights.keySet()) {
            if (passages.stream().anyMatch(terms -> terms.contains(term))) {
                present.add(term);
            }
        }
        return TermWeights.share(weights, present);
    }

    private double ofOnePassage(AnalyzedQuestion question, List<Hit> hits, Set<String> namedTerms) {
        double best = 0;
        for (Hit hit : hits.subList(0, Math.min(EVIDENCE_PASSAGES, hits.size()))) {
            Set<String> present = new HashSet<>(ownTerms(question.language(), hit.passage()));
            present.addAll(namedTerms);
            best = Math.max(best, TermWeights.share(question.termWeights(), present));
        }
        return best;
    }

    private Set<String> namedTerms(AnalyzedQuestion question) {
        Set<String> named = new HashSet<>();
        terms.nameTerms(question.language(), question.named()).values().forEach(named::addAll);
        return named;
    }

    /**
     * A passage's title, section, text and the questions its section was written to answer, which
     * hold the words students use for it.
     */
    private Set<String> evidenceTerms(Language language, Passage passage) {
        return kept(evidenceTerms, language, passage, p -> {
            StringBuilder evidence = new StringBuilder();
            evidence.append(p.title())
                    .append(" \n ")
                    .append(p.section())
                    .append(" \n ")
                    .append(p.text());
            p.questions().forEach(listed -> evidence.append(" \n ").append(listed));
            return evidence.toString();
        });
    }

    /** A passage's title and text. */
    private Set<String> ownTerms(Language language, Passage passage) {
        return kept(ownTerms, language, passage, p -> p.title() + " \n " + p.text());
    }

    private Set<String> kept(
            Map<String, Set<String>> kept, Language language, Passage passage, Function<Passage, String> text) {
        String key = language.code() + "|" + passage.key();
        Set<String> found = kept.get(key);
        if (found == null) {
            found = Set.copyOf(terms.passageTerms(language, text.apply(passage)));
            if (kept.size() < TERMS_KEPT) {
                kept.put(key, found);
            }
        }
        return found;
    }
}
