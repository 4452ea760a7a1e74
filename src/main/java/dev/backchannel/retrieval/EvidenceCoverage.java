package dev.backchannel.retrieval;

import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.question.TermWeights;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How much of a question the passages retrieved for it cover: the evidence that it can be answered. */
final class EvidenceCoverage {

    private static final int EVIDENCE_PASSAGES = 3;

    private final TermExtractor terms;

    EvidenceCoverage(TermExtractor terms) {
        this.terms = terms;
    }

    /**
     * The IDF-weighted share of the question's evidence terms that one topic's retrieved passages
     * contain between them, for the best of the topics ranked at the top: evidence has to come from
     * one topic, not be gathered word by word across unrelated ones. The words of a topic name the
     * question contains count as found: naming a topic is evidence, but only for those words, so
     * "kênh 2 VTV tối nay chiếu phim gì" still fails on the rest, which is about television.
     */
    double of(AnalyzedQuestion question, List<Hit> hits) {
        Map<String, Double> weights = question.termWeights();
        if (hits.isEmpty()) {
            return 0;
        }
        if (weights.isEmpty()) {
            return 1;
        }
        Map<String, StringBuilder> evidenceByTopic = new LinkedHashMap<>();
        hits.subList(0, Math.min(EVIDENCE_PASSAGES, hits.size()))
                .forEach(hit -> evidenceByTopic.putIfAbsent(hit.passage().topicId(), new StringBuilder()));
        for (Hit hit : hits) {
            StringBuilder evidence = evidenceByTopic.get(hit.passage().topicId());
            if (evidence != null) {
                evidence.append(hit.passage().title())
                        .append(" \n ")
                        .append(hit.passage().section())
                        .append(" \n ");
                evidence.append(hit.passage().text()).append(" \n ");
                // The questions a section was written to answer hold the words students use for it.
                hit.passage()
                        .questions()
                        .forEach(listed -> evidence.append(listed).append(" \n "));
            }
        }
        Set<String> namedTerms = new HashSet<>();
        terms.nameTerms(question.language(), question.named()).values().forEach(namedTerms::addAll);
        double best = 0;
        for (StringBuilder evidence : evidenceByTopic.values()) {
            Set<String> present = terms.passageTerms(question.language(), evidence.toString());
            present.addAll(namedTerms);
            best = Math.max(best, TermWeights.share(weights, present));
        }
        return best;
    }

    /**
     * The IDF-weighted share of the question's evidence terms that one passage among the best holds
     * by itself, its topic's name counted as found.
     */
    double ofOnePassage(AnalyzedQuestion question, List<Hit> hits) {
        Map<String, Double> weights = question.termWeights();
        if (hits.isEmpty()) {
            return 0;
        }
        if (weights.isEmpty()) {
            return 1;
        }
        Set<String> namedTerms = new HashSet<>();
        terms.nameTerms(question.language(), question.named()).values().forEach(namedTerms::addAll);
        double best = 0;
        for (Hit hit : hits.subList(0, Math.min(EVIDENCE_PASSAGES, hits.size()))) {
            Set<String> present = terms.passageTerms(
                    question.language(),
                    hit.passage().title() + " \n " + hit.passage().text());
            present.addAll(namedTerms);
            best = Math.max(best, TermWeights.share(weights, present));
        }
        return best;
    }
}
