package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Random;

/**
 * "Which topic does this describe?": a track or a case described by its summary, or a sentence of
 * its opening, with the names of every option hidden; the other options are topics of its kind.
 */
final class TopicQuestions implements QuestionMaker {

    private final QuizSource source;
    private final Stems stems;

    TopicQuestions(QuizSource source, Stems stems) {
        this.source = source;
        this.stems = stems;
    }

    @Override
    public QuizFormat format() {
        return QuizFormat.TOPIC;
    }

    @Override
    public boolean fits(Topic topic) {
        return topic.kind() == Kind.TRACK || topic.kind() == Kind.EXAMPLE;
    }

    @Override
    public List<Candidate> candidates(Topic topic, Random random) {
        List<Topic> others = source.topics(topic.kind()).stream()
                .filter(other -> !other.id().equals(topic.id()))
                .toList();
        List<Passage> passages = source.passages(topic);
        if (!stems.enough(others.size()) || passages.isEmpty()) {
            return List.of();
        }
        Passage opening = passages.get(0);
        return new TopicChoices(
                        format(),
                        topic,
                        topic,
                        others,
                        stems.descriptions(topic),
                        "prompt-topic",
                        opening,
                        Stems.explanation(stems.sentenceNaming(opening, topic)))
                .candidates(source, stems, random);
    }
}
