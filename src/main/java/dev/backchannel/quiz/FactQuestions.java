package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Period;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A fact taken out of a sentence of a case: which year, who, or where. The wrong options are facts
 * of the same type from other cases (years from their periods) that the case itself never writes,
 * so none of them is also right.
 */
final class FactQuestions implements QuestionMaker {

    private record Gap(Passage passage, String sentence, Fact fact) {}

    private final QuizSource source;
    private final Stems stems;

    FactQuestions(QuizSource source, Stems stems) {
        this.source = source;
        this.stems = stems;
    }

    @Override
    public QuizFormat format() {
        return QuizFormat.FACT;
    }

    @Override
    public boolean fits(Topic topic) {
        return topic.kind() == Kind.EXAMPLE && !source.facts(topic).isEmpty();
    }

    @Override
    public List<Candidate> candidates(Topic topic, Random random) {
        List<Gap> gaps = gaps(topic);
        Collections.shuffle(gaps, random);
        List<Candidate> candidates = new ArrayList<>();
        for (Gap gap : gaps) {
            if (candidates.size() == source.rules().attempts()) {
                break;
            }
            Option right = source.option(gap.fact());
            List<Option> wrong =
                    wrongFacts(topic, gap.fact()).stream().map(source::option).toList();
            if (!stems.enough(wrong.size())) {
                continue;
            }
            String sentence = stems.withoutGlosses(gap.sentence());
            List<Option> options = new ArrayList<>();
            options.add(right);
            options.addAll(stems.wrongOptions(
                    right, wrong, stems.hide(sentence, List.of(right)).text(), random));
            candidates.add(candidate(topic, gap, sentence, options));
        }
        return candidates;
    }

    private Candidate candidate(Topic topic, Gap gap, String sentence, List<Option> options) {
        Masked body = stems.hide(sentence, options);
        String type = gap.fact().type().code();
        Optional<String> name = stems.caseName(topic, options, gap.fact().type() == FactType.YEAR);
        String prompt = name.isPresent()
                ? source.words()
                        .say(source.language(), "prompt-" + type + "-case", "case", name.get(), "text", body.text())
                : source.words().say(source.language(), "prompt-" + type, "text", body.text());
        return new Candidate(
                format(),
                topic,
                prompt,
                body,
                name.orElse("") + " " + body.text(),
                options,
                gap.passage(),
                Stems.explanation(gap.sentence()));
    }

    /** Each sentence of the case's prose that writes one of its facts exactly once. */
    private List<Gap> gaps(Topic topic) {
        List<Gap> gaps = new ArrayList<>();
        for (Passage passage : source.passages(topic)) {
            // A list's items are mostly labels ("Xuân Thủy: minister, …"), not sentences.
            for (String sentence : Sentences.marked(passage.text()).stream()
                    .filter(sentence -> !sentence.listItem())
                    .map(Sentences.Sentence::text)
                    .toList()) {
                List<Token> words = Tokens.of(sentence, source.language());
                for (Fact fact : source.facts(topic)) {
                    if (Tokens.count(words, Tokens.keys(fact.text(), source.language())) == 1) {
                        gaps.add(new Gap(passage, sentence, fact));
                    }
                }
            }
        }
        return gaps;
    }

    /**
     * Facts of the right one's type from other cases, never written in this case; years are other
     * cases' first and last years outside this case's period, only those near the right year when
     * there are enough of them.
     */
    private List<Fact> wrongFacts(Topic topic, Fact right) {
        Map<String, Fact> choices = new LinkedHashMap<>();
        source.facts().forEach((id, facts) -> {
            if (!id.equals(topic.id())) {
                facts.stream()
                        .filter(fact -> fact.type() == right.type())
                        .filter(fact -> right.type() != FactType.YEAR || isPeriodEnd(id, fact))
                        .filter(fact -> !source.writes(
                                topic, source.option(fact).names().get(0)))
                        .filter(fact -> !within(topic.period(), fact))
                        .forEach(fact -> choices.putIfAbsent(
                                String.join(" ", Tokens.keys(fact.text(), source.language())), fact));
            }
        });
        List<Fact> all = List.copyOf(choices.values());
        if (right.type() == FactType.YEAR) {
            int year = Integer.parseInt(right.text());
            List<Fact> near = all.stream()
                    .filter(fact -> Math.abs(Integer.parseInt(fact.text()) - year)
                            <= source.rules().yearWindow())
                    .toList();
            if (near.size() >= source.rules().options() - 1) {
                return near;
            }
        }
        return all;
    }

    private boolean isPeriodEnd(String caseId, Fact year) {
        Optional<Period> period = source.topic(caseId).flatMap(Topic::period);
        int value = Integer.parseInt(year.text());
        return period.isPresent()
                && (period.get().first() == value || period.get().last().orElse(-1) == value);
    }

    private static boolean within(Optional<Period> period, Fact fact) {
        if (fact.type() != FactType.YEAR || period.isEmpty()) {
            return false;
        }
        int year = Integer.parseInt(fact.text());
        return year >= period.get().first() && year <= period.get().latestNamedYear();
    }
}
