package dev.backchannel.answer;

import dev.backchannel.question.Intent;
import dev.backchannel.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to a question that asks why, how, what limits or what came of something: the section
 * written to answer that, quoted as it reads from the sentence that answers, then the best sentence
 * for each further thing the question asks ("... and what is the lesson?"). A run of one section's
 * sentences reads as a paragraph; sentences picked across passages read as a list of claims.
 */
final class IntentRun {

    /** The answer is about the topic of one of the first few passages, as the evidence check is. */
    private static final int LEADING_PASSAGES = 3;

    private final SentenceLinks links;
    /** The characters an answer may quote, markers included. */
    private final int maxChars;

    IntentRun(SentenceLinks links, int maxChars) {
        this.links = links;
        this.maxChars = maxChars;
    }

    /**
     * The sentences to quote, in order, or empty when the retrieved passages hold no section that
     * answers the question's leading intent for its topic.
     *
     * @param room how many sentences the answer may have
     */
    Optional<List<Candidate>> choose(Retrieval retrieval, List<Candidate> candidates, int room) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Intent> intents = retrieval.question().intents();
        Intent leading = intents.get(0);
        Optional<Candidate> found = bestIn(ofTopics(candidates, answered(retrieval, candidates)), leading.sections());
        if (leading.ranked()) {
            found = found.flatMap(best -> bestInFirstSection(
                    ofTopics(candidates, Set.of(best.passage().topicId())), leading.sections()));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = found.get();
        String topic = best.passage().topicId();
        List<Candidate> further = new ArrayList<>();
        for (Intent intent : intents.subList(1, intents.size())) {
            bestIn(candidates, topic, intent.sections())
                    .filter(c ->
                            !c.passage().sectionSlug().equals(best.passage().sectionSlug()))
                    .filter(c -> !further.contains(c))
                    .ifPresent(further::add);
        }
        int runRoom = Math.max(1, room - further.size());
        List<Candidate> chosen = new ArrayList<>(run(best, candidates, runRoom));
        further.stream().filter(c -> !chosen.contains(c)).forEach(chosen::add);
        return Optional.of(chosen);
    }

    /**
     * The topics the answer may be about: the first passage's topic alone when the question names it,
     * else those of the first few passages. A named topic without a section for the intent (a
     * server's course notes need not have them) is then answered from its own passages, not from the
     * same section of another topic; a topic only mentioned in passing ("why did they choose X as
     * mediator?" names mediation) does not take the answer from the case the passages are about.
     */
    private static Set<String> answered(Retrieval retrieval, List<Candidate> candidates) {
        Optional<String> first = candidates.stream()
                .min(Comparator.comparingInt(Candidate::passageOrder))
                .map(c -> c.passage().topicId());
        if (first.isPresent() && retrieval.question().namedIds().contains(first.get())) {
            return Set.of(first.get());
        }
        return leading(candidates);
    }

    /** The topics of the first few passages, as the evidence check weighs them. */
    private static Set<String> leading(List<Candidate> candidates) {
        Set<String> leading = new HashSet<>();
        candidates.stream()
                .filter(c -> c.passageOrder() < LEADING_PASSAGES)
                .forEach(c -> leading.add(c.passage().topicId()));
        return leading;
    }

    private static List<Candidate> ofTopics(List<Candidate> candidates, Set<String> topics) {
        return candidates.stream()
                .filter(c -> topics.contains(c.passage().topicId()))
                .toList();
    }

    /**
     * The best sentence of the first of an intent's ranked sections that the candidates hold: "what
     * came of it?" is answered by the outcome, and the lessons drawn from it only when there is none.
     */
    private static Optional<Candidate> bestInFirstSection(List<Candidate> candidates, Set<String> sections) {
        for (String section : sections) {
            Optional<Candidate> best = bestIn(candidates, Set.of(section));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** The best sentence of the sections that answer an intent, of any topic. */
    private static Optional<Candidate> bestIn(List<Candidate> candidates, Set<String> sections) {
        return candidates.stream()
                .filter(c -> sections.contains(c.passage().sectionSlug()))
                .max(Comparator.comparingDouble(Candidate::score));
    }

    /** The best sentence of one topic's sections that answer an intent. */
    private static Optional<Candidate> bestIn(List<Candidate> candidates, String topic, Set<String> sections) {
        return bestIn(
                candidates.stream()
                        .filter(c -> c.passage().topicId().equals(topic))
                        .toList(),
                sections);
    }

    /**
     * Consecutive sentences of the best sentence's section: from the section's opening, which its
     * writers made answer the section's question, when the best sentence is within reach of it;
     * otherwise from the best sentence, or the sentence it leans on. A best sentence near the
     * section's end leaves room: the sentences before it fill it, so the answer reads as the
     * section's paragraph rather than as its last line alone.
     */
    private List<Candidate> run(Candidate best, List<Candidate> candidates, int room) {
        List<Candidate> section = candidates.stream()
                .filter(c -> c.passage().topicId().equals(best.passage().topicId())
                        && c.passage().language() == best.passage().language()
                        && c.passage().sectionSlug().equals(best.passage().sectionSlug()))
                .sorted(Comparator.comparing((Candidate c) -> c.passage().id()).thenComparingInt(Candidate::position))
                .toList();
        int bestAt = section.indexOf(best);
        int start = bestAt < room ? 0 : bestAt;
        while (start > 0 && links.needsPrevious(section.get(start).sentence())) {
            start--;
        }
        List<Candidate> run = new ArrayList<>();
        for (int i = start; i < section.size() && run.size() < room; i++) {
            Candidate c = section.get(i);
            if (!run.isEmpty() && !adjacent(run.get(run.size() - 1), c)) {
                break;
            }
            run.add(c);
        }
        for (int i = start - 1; i >= 0 && run.size() < room; i--) {
            Candidate before = section.get(i);
            if (!adjacent(before, run.get(0))
                    || ExtractiveComposer.quotedLength(run) + ExtractiveComposer.quotedLength(List.of(before))
                            > maxChars) {
                break;
            }
            run.add(0, before);
        }
        while (run.size() > 1 && links.needsPrevious(run.get(0).sentence())) {
            run.remove(0);
        }
        return run;
    }

    /** Whether one sentence follows another as written: next in its passage, or the next passage's first. */
    private static boolean adjacent(Candidate before, Candidate after) {
        if (before.passage().equals(after.passage())) {
            return after.position() == before.position() + 1;
        }
        return after.position() == 0;
    }
}
