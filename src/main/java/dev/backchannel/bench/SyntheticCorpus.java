package dev.backchannel.bench;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Section;
import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.Source;
import dev.backchannel.knowledge.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large knowledge base made of the real one's sentences, shuffled into new topics and sections,
 * so that the scale benchmark indexes text with the real vocabulary and sentence lengths.
 */
final class SyntheticCorpus {

    private static final int SECTIONS_PER_TOPIC = 5;
    private static final int SENTENCES_PER_SECTION = 5;

    private SyntheticCorpus() {}

    static List<Topic> topics(KnowledgeBase real, int passages, long seed) {
        List<Passage> source = real.passages();
        List<List<String>> sentencesByLanguage =
                List.of(sentences(source, Language.EN), sentences(source, Language.VI));
        SplittableRandom random = new SplittableRandom(seed);
        List<Topic> topics = new ArrayList<>();
        int topicCount = (passages + SECTIONS_PER_TOPIC - 1) / SECTIONS_PER_TOPIC;
        for (int t = 0; t < topicCount; t++) {
            Language language = t % 2 == 0 ? Language.EN : Language.VI;
            List<String> sentences = sentencesByLanguage.get(language.ordinal());
            List<Section> sections = new ArrayList<>();
            for (int s = 0; s < SECTIONS_PER_TOPIC && topics.size() * SECTIONS_PER_TOPIC + s < passages; s++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < SENTENCES_PER_SECTION; k++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                sections.add(new Section(
                        "Section " + s, "section-" + s, text.toString().trim(), List.of(), 1));
            }
            topics.add(new Topic(
                    "synthetic-" + t,
                    language,
                    Kind.TERM,
                    "Synthetic topic " + t,
                    List.of(),
                    "A generated topic.",
                    List.of(),
                    List.of(),
                    List.of(new Source("generated", "https://example.org/" + t)),
                    sections,
                    Path.of("synthetic-" + t + ".md")));
        }
        return topics;
    }

    private static List<String> sentences(List<Passage> passages, Language language) {
        List<String> sentences = new ArrayList<>();
        for (Passage passage : passages) {
            if (passage.language() == language) {
                sentences.addAll(Sentences.split(passage.text()));
            }
        }
        return sentences;
    }
}
