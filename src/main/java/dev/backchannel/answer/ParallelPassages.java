package dev.backchannel.answer;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A retrieval read in the answer's language: each hit becomes the same part of its topic in that
 * language, where the knowledge base has the topic in both. Retrieval finds passages in either
 * language (a question that switches to English mostly finds English ones), but an answer quotes
 * one language. Whether the evidence is strong enough is still judged on the retrieval as found.
 */
final class ParallelPassages {

    private ParallelPassages() {}

    static Retrieval in(Retrieval found, Language language, KnowledgeBase knowledge) {
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit hit : found.hits()) {
            Passage passage = knowledge.counterpart(hit.passage(), language).orElse(hit.passage());
            if (seen.add(passage.key())) {
                hits.add(new Hit(passage, hit.score(), hits.size()));
            }
        }
        return found.withHits(language, hits);
    }
}
