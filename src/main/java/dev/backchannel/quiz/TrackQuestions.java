package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Random;

/**
 * "Which track does this case belong to?": the case described, the track its front matter names
 * as the answer. A track is never a wrong option when the case is related to it or its text names
 * it (the Paris talks were "a secret Track I backchannel"), nor when every case belongs to it.
 */
final class TrackQuestions implements QuestionMaker {

    private final QuizSource source;
    private final Stems stems;
    private final String channelSlug;

    TrackQuestions(QuizSource source, Stems stems, SectionKinds sections) {
        this.source = source;
        this.stems = stems;
        this.channelSlug = sections.named("channel").slug(source.language());
    }

    @Override
    public QuizFormat format() {
        return QuizFormat.TRACK;
    }

    @Override
    public boolean fits(Topic topic) {
        return topic.kind() == Kind.EXAMPLE
                && topic.track().flatMap(source::topic).isPresent();
    }

    @Override
    public List<Candidate> candidates(Topic topic, Random random) {
        Topic track = topic.track().flatMap(source::topic).orElseThrow();
        List<Topic> wrong = source.topics(Kind.TRACK).stream()
                .filter(other -> !other.id().equals(track.id()))
                .filter(other -> !source.rules().umbrellaTracks().contains(other.id()))
                .filter(other -> !topic.related().contains(other.id()))
                .filter(other -> source.option(other).names().stream().noneMatch(name -> source.writes(topic, name)))
                .toList();
        List<Passage> passages = source.passages(topic);
        if (!stems.enough(wrong.size()) || passages.isEmpty()) {
            return List.of();
        }
        Passage cited = passages.stream()
                .filter(passage -> passage.sectionSlug().equals(channelSlug))
                .findFirst()
                .orElse(passages.get(0));
        return new TopicChoices(
                        format(),
                        topic,
                        track,
                        wrong,
                        stems.descriptions(topic),
                        "prompt-track",
                        cited,
                        Stems.explanation(stems.sentenceNaming(cited, track)))
                .candidates(source, stems, random);
    }
}
