package dev.backchannel.answer;

import dev.backchannel.question.Glossary;
import dev.backchannel.question.QuestionType;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Which retrieved passages an answer may rest on, whoever writes it. */
final class AnswerPassages {

    private AnswerPassages() {}

    /**
     * The best hits in the asker's language; the other language only for topics it alone covers, and
     * a passage of every topic the question names, and of two topics at least for a comparison.
     */
    static List<Hit> best(Retrieval retrieval, int max) {
        List<Hit> same = retrieval.hits().stream()
                .filter(h -> h.passage().language() == retrieval.language())
                .toList();
        Set<String> covered = new HashSet<>();
        same.forEach(h -> covered.add(h.passage().topicId()));
        Predicate<Hit> quotable = h -> h.passage().language() == retrieval.language()
                || !covered.contains(h.passage().topicId());
        List<Hit> chosen = new ArrayList<>();
        for (Hit hit : retrieval.hits()) {
            if (quotable.test(hit)) {
                chosen.add(hit);
            }
            if (chosen.size() == max) {
                break;
            }
        }
        // Each topic the question names keeps a passage, even past the first few, and its passage
        // from the section the question asks for ("who drafted it?": the people) when one was found.
        for (Glossary.Match named : retrieval.named()) {
            Predicate<Hit> ofTopic = h -> h.passage().topicId().equals(named.topicId());
            Predicate<Hit> asked = h -> retrieval.question().prefers(h.passage());
            for (Predicate<Hit> wanted : List.of(ofTopic, ofTopic.and(asked))) {
                if (chosen.stream().noneMatch(wanted)) {
                    retrieval.hits().stream()
                            .filter(wanted)
                            .filter(quotable)
                            .findFirst()
                            .ifPresent(chosen::add);
                }
            }
        }
        if (retrieval.type() == QuestionType.COMPARISON) {
            // A comparison that names one side and only describes the other still needs both sides.
            Set<String> topics = new HashSet<>();
            chosen.forEach(h -> topics.add(h.passage().topicId()));
            if (topics.size() == 1) {
                retrieval.hits().stream()
                        .filter(h -> !topics.contains(h.passage().topicId()))
                        .filter(quotable)
                        .findFirst()
                        .ifPresent(chosen::add);
            }
        }
        return chosen;
    }
}
