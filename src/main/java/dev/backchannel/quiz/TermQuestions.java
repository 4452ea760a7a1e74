package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** "Which term does this define?": the first sentence of a term's definition, the term hidden. */
final class TermQuestions implements QuestionMaker {

    private final QuizSource source;
    private final Stems stems;
    private final String definitionSlug;

    TermQuestions(QuizSource source, Stems stems, SectionKinds sections) {
        this.source = source;
        this.stems = stems;
        this.definitionSlug = sections.named("definition").slug(source.language());
    }

    @Override
    public QuizFormat format() {
        return QuizFormat.TERM;
    }

    @Override
    public boolean fits(Topic topic) {
        return topic.kind() == Kind.TERM;
    }

    @Override
    public List<Candidate> candidates(Topic topic, Random random) {
        List<Topic> others = source.topics(Kind.TERM).stream()
                .filter(other -> !other.id().equals(topic.id()))
                .toList();
        Optional<Passage> definition = source.passages(topic).stream()
                .filter(passage -> passage.sectionSlug().equals(definitionSlug))
                .findFirst();
        if (!stems.enough(others.size()) || definition.isEmpty()) {
            return List.of();
        }
        Optional<String> sentence =
                Sentences.split(definition.get().text()).stream().findFirst();
        if (sentence.isEmpty()) {
            return List.of();
        }
        return new TopicChoices(
                        format(),
                        topic,
                        topic,
                        others,
                        List.of(sentence.get()),
                        "prompt-term",
                        definition.get(),
                        Stems.explanation(sentence.get()))
                .candidates(source, stems, random);
    }
}
