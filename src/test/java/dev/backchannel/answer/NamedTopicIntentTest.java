package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.config.AnswerConfig;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionType;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A question that names the topic retrieval ranks first is answered about that topic, even when the
 * topic has no section for what is asked (a server's course notes need not follow the curated
 * sections) and another topic's section would answer the same kind of question.
 */
final class NamedTopicIntentTest {

    private final ExtractiveComposer composer =
            new ExtractiveComposer(Fixtures.terms(), new AnswerConfig(5, 300, 1000, List.of()), Lexicon.standard());

    private static Passage passage(String topic, String slug, String section, String text) {
        return new Passage(
                topic + "#" + slug, topic, Language.EN, Kind.TERM, topic, section, text, List.of(), List.of());
    }

    @Test
    @DisplayName("limits of a named note without a limits section come from the note, not from another "
            + "topic's Criticism and limits")
    void namedTopicKeepsTheAnswer() {
        AnalyzedQuestion asked = Fixtures.question(
                "What are the limits of harbor talks?",
                Language.EN,
                QuestionType.LIMITS,
                Map.of("limits", 1.0, "harbor", 2.0, "talks", 1.0));
        Retrieval retrieval = new Retrieval(
                naming(asked, "harbor-talks", "harbor talks"),
                Language.EN,
                List.of(
                        new Hit(
                                passage(
                                        "harbor-talks",
                                        "weak-points",
                                        "Weak points",
                                        "Harbor talks could bind nobody: either council could reject the timetable."),
                                3,
                                0),
                        new Hit(
                                passage(
                                        "track-two",
                                        "criticism-and-limits",
                                        "Criticism and limits",
                                        "The limits of Track II talks are that they bind no government."),
                                2,
                                1)),
                1,
                1,
                0);

        ExtractiveComposer.Composition answer = composer.compose(retrieval, List.of());

        assertThat(answer.text()).startsWith("Harbor talks could bind nobody");
        assertThat(answer.citations().get(0).passage().topicId()).isEqualTo("harbor-talks");
    }

    private static AnalyzedQuestion naming(AnalyzedQuestion asked, String topicId, String name) {
        return new AnalyzedQuestion(
                asked.asked(),
                asked.text(),
                asked.searched(),
                asked.language(),
                asked.intents(),
                List.of(new Glossary.Match(topicId, name)),
                asked.setAside(),
                asked.switched(),
                asked.termWeights(),
                false,
                false,
                false,
                Optional.empty(),
                List.of());
    }

    @Test
    @DisplayName("who took part in a named case is answered from its people, even when retrieval ranks "
            + "that section below five others of the case")
    void namedTopicsAskedSectionRankedLowStillAnswers() {
        AnalyzedQuestion asked = Fixtures.question(
                "Who drafted the harbor accord?",
                Language.EN,
                QuestionType.PEOPLE,
                Map.of("drafted", 1.0, "harbor", 2.0, "accord", 2.0));
        List<String> sections = List.of("overview", "outcome", "what-happened", "channel-and-sponsor", "outcome-2");
        List<Hit> hits = new java.util.ArrayList<>();
        for (int rank = 0; rank < sections.size(); rank++) {
            hits.add(new Hit(
                    passage(
                            "harbor-accord",
                            sections.get(rank),
                            "Section " + rank,
                            "The harbor accord was drafted in secret and changed the port's rules, step " + rank + "."),
                    10 - rank,
                    rank));
        }
        hits.add(new Hit(
                passage(
                        "harbor-accord",
                        "who-was-involved",
                        "Who was involved",
                        "Two harbor pilots, Ana Reyes and Tomas Berg, wrote the accord's text."),
                4,
                sections.size()));
        Retrieval retrieval =
                new Retrieval(naming(asked, "harbor-accord", "harbor accord"), Language.EN, hits, 1, 1, 0);

        ExtractiveComposer.Composition answer = composer.compose(retrieval, List.of());

        assertThat(answer.text()).contains("Two harbor pilots, Ana Reyes and Tomas Berg");
    }
}
