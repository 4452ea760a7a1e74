package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.QuestionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.lucene.search.ScoreDoc;

/** Which passages of a ranking a retrieval keeps, and in what order. */
final class HitSelection {

    private HitSelection() {}

    /**
     * The first top-k of a ranking, except that every topic the question names keeps its best
     * passage among them: a comparison needs both sides even when one topic fills the first places.
     * For a why, how or limits question that passage is the named topic's section written to answer
     * it, which may share none of the question's words ("weaknesses" against "Criticism and limits").
     *
     * @param ofTopic every passage of a topic, in no particular order, for a section the ranking
     *     missed
     */
    static List<Hit> select(
            ScoreDoc[] ranked,
            AnalyzedQuestion question,
            IntFunction<Passage> passages,
            Function<String, ScoreDoc[]> ofTopic,
            int topK) {
        List<Hit> hits = new ArrayList<>();
        List<Hit> reserved = new ArrayList<>();
        List<String> missing =
                new ArrayList<>(question.namedIds().stream().distinct().toList());
        // Which named topics have their answering section in the ranking: only those are held to it.
        Set<String> answered = question.type().explains() && !missing.isEmpty()
                ? Arrays.stream(ranked)
                        .map(doc -> passages.apply(doc.doc))
                        .filter(question::prefers)
                        .map(Passage::topicId)
                        .collect(Collectors.toSet())
                : Set.of();
        for (ScoreDoc doc : ranked) {
            Passage passage = passages.apply(doc.doc);
            boolean fits = !answered.contains(passage.topicId()) || question.prefers(passage);
            boolean fills = fits && missing.remove(passage.topicId());
            if (hits.size() + missing.size() < topK) {
                hits.add(new Hit(passage, doc.score, hits.size()));
            } else if (fills) {
                reserved.add(new Hit(passage, doc.score, 0));
            }
            if (hits.size() + reserved.size() >= topK && missing.isEmpty()) {
                break;
            }
        }
        for (Hit hit : reserved) {
            hits.add(new Hit(hit.passage(), hit.score(), hits.size()));
        }
        if (question.type().explains()) {
            addAnsweringSections(hits, ranked, question, passages, ofTopic);
            addOpenings(hits, ranked, question, passages);
        } else if (asksAFactOfTheNamedLead(hits, question)) {
            addAnsweringSections(hits, ranked, question, passages, ofTopic);
        }
        return hits;
    }

    /**
     * Whether the question names the first passage's topic and asks for its people, its dates or its
     * examples, which a section of their own holds: "Ai là người đưa tin giữa Washington và Hà Nội
     * trong kế hoạch Marigold?" finds the plan's overview by "Washington" and "Hà Nội", and the
     * section naming its go-betweens by none of its words.
     */
    private static boolean asksAFactOfTheNamedLead(List<Hit> hits, AnalyzedQuestion question) {
        return !hits.isEmpty()
                && question.namedIds().contains(hits.get(0).passage().topicId())
                && (question.type().asksForACaseFact() || question.type() == QuestionType.EXAMPLES);
    }

    /**
     * The first passage's topic's sections written to answer the question, those its other sections
     * kept from the first places: "what lessons did the Oman channel leave?" finds the case by its
     * words, and its lessons may share none of them.
     */
    private static void addAnsweringSections(
            List<Hit> hits,
            ScoreDoc[] ranked,
            AnalyzedQuestion question,
            IntFunction<Passage> passages,
            Function<String, ScoreDoc[]> ofTopic) {
        if (hits.isEmpty()) {
            return;
        }
        String lead = hits.get(0).passage().topicId();
        Set<String> present = hits.stream()
                .map(Hit::passage)
                .filter(p -> p.topicId().equals(lead))
                .map(Passage::sectionSlug)
                .collect(Collectors.toSet());
        Set<String> added = new HashSet<>();
        for (ScoreDoc[] docs : List.of(ranked, ofTopic.apply(lead))) {
            for (ScoreDoc doc : docs) {
                Passage passage = passages.apply(doc.doc);
                if (passage.topicId().equals(lead)
                        && passage.language() == question.language()
                        && question.prefers(passage)
                        && passage.sectionOpeningKey().isEmpty()
                        && !present.contains(passage.sectionSlug())
                        && added.add(passage.sectionSlug())) {
                    // Found outside the ranking, its score would be another query's: it ranks last.
                    hits.add(new Hit(passage, hits.get(hits.size() - 1).score(), hits.size()));
                }
            }
        }
    }

    /**
     * The opening passage of every split answering section that only a later part of made the cut:
     * a section written to answer a why or how question answers it in its first sentence, and
     * quoted from its middle it reads as a reply to something else.
     */
    private static void addOpenings(
            List<Hit> hits, ScoreDoc[] ranked, AnalyzedQuestion question, IntFunction<Passage> passages) {
        Set<String> present = hits.stream().map(h -> h.passage().key()).collect(Collectors.toSet());
        Set<String> wanted = hits.stream()
                .map(Hit::passage)
                .filter(question::prefers)
                .flatMap(p -> p.sectionOpeningKey().stream())
                .filter(key -> !present.contains(key))
                .collect(Collectors.toSet());
        for (ScoreDoc doc : ranked) {
            if (wanted.isEmpty()) {
                break;
            }
            Passage passage = passages.apply(doc.doc);
            if (wanted.remove(passage.key())) {
                hits.add(new Hit(passage, doc.score, hits.size()));
            }
        }
    }
}
