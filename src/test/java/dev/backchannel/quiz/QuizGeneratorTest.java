package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each format on the real knowledge base, on the cases the issue found easy to beat. */
final class QuizGeneratorTest {

    private static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(
            new KnowledgeLoader().load(Fixtures.realKnowledge()).topics(), Chunker.standard(), "v");

    private final QuizGenerator generator = QuizGenerator.shipped(() -> KNOWLEDGE);

    private List<QuizQuestion> about(String topic, QuizFormat format, Language language, int seeds) {
        List<QuizQuestion> questions = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            questions.addAll(generator
                    .generate(
                            QuizRequest.of("q", language, 1)
                                    .inFormat(Optional.of(format))
                                    .about(Set.of(topic)),
                            new Random(seed))
                    .quiz()
                    .questions());
        }
        return questions;
    }

    private static String folded(String text) {
        return " " + TextFolding.foldWords(text) + " ";
    }

    @Test
    @DisplayName("a Vietnamese description of the Cuban missile crisis channels hides Cuba, not only the leading "
            + "name, and says 'khủng hoảng tên lửa' only when another option matches the stem as well")
    void topicHidesEveryName() {
        List<QuizQuestion> questions = about("cuban-missile-crisis-channels", QuizFormat.TOPIC, Language.VI, 6);

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            assertThat(question.prompt()).startsWith("Mô tả sau nói về chủ đề nào?");
            assertThat(folded(question.prompt())).doesNotContain(" cuba ");
            assertThat(question.answer()).isEqualTo("Các kênh hậu trường trong khủng hoảng tên lửa Cuba");
            long answerShares = sharedWords(question.prompt(), question.answer());
            if (answerShares > 0) {
                assertThat(question.options())
                        .filteredOn(option -> !option.equals(question.answer()))
                        .anySatisfy(option -> assertThat(sharedWords(question.prompt(), option))
                                .isGreaterThanOrEqualTo(answerShares));
            }
        });
    }

    /** The words of an option, four letters or more, that the stem of its question has too. */
    private static long sharedWords(String prompt, String option) {
        String stem = folded(prompt.substring(prompt.indexOf('«')));
        return Arrays.stream(TextFolding.foldWords(option).split(" "))
                .filter(word -> word.length() >= 4)
                .distinct()
                .filter(word -> stem.contains(" " + word + " "))
                .count();
    }

    @Test
    @DisplayName("a fact question hides one year, person or place of a case, offers the same kind of fact from "
            + "other cases, and explains with the sentence whole")
    void factFromACase() {
        List<QuizQuestion> questions = about("paris-secret-talks", QuizFormat.FACT, Language.EN, 8);

        assertThat(questions).hasSizeGreaterThan(4).allSatisfy(question -> {
            assertThat(question.prompt()).containsOnlyOnce("▁▁▁");
            assertThat(question.explanation()).contains(question.answer());
            if (question.answer().matches("\\d{4}")) {
                // "Paris secret talks, 1969–1973: which year…" would point at the option between them.
                assertThat(question.prompt().substring(0, question.prompt().indexOf('«')))
                        .doesNotContainPattern("\\d{4}");
            }
            boolean years = question.options().stream().allMatch(option -> option.matches("\\d{4}"));
            boolean words = question.options().stream().noneMatch(option -> option.matches("\\d{4}"));
            assertThat(years || words).as(question.options().toString()).isTrue();
            if (years) {
                // The talks ran from 1969 to 1973: no other year in that span may be offered as wrong.
                assertThat(question.options())
                        .filteredOn(option -> !option.equals(question.answer()))
                        .allSatisfy(
                                option -> assertThat(Integer.parseInt(option)).isNotIn(1969, 1970, 1971, 1972, 1973));
            }
        });
    }

    @Test
    @DisplayName("the track of the Paris talks is Backchannel diplomacy, and Track I, which the case's own text "
            + "names, is never offered as wrong, nor the tracks every case belongs to")
    void trackOfACase() {
        List<QuizQuestion> questions = about("paris-secret-talks", QuizFormat.TRACK, Language.EN, 5);

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            assertThat(question.answer()).isEqualTo("Backchannel diplomacy");
            assertThat(question.options())
                    .doesNotContain("Track I diplomacy", "Informal diplomacy", "Multi-track diplomacy");
            assertThat(question.explanation()).contains("Track I backchannel");
        });
    }

    @Test
    @DisplayName("a term is asked from the first sentence of its definition, the term hidden, among other terms")
    void termFromItsDefinition() {
        List<QuizQuestion> questions = about("mediation", QuizFormat.TERM, Language.VI, 3);

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            assertThat(question.prompt())
                    .startsWith("Định nghĩa sau là của thuật ngữ nào? «")
                    .doesNotContainIgnoringCase("trung gian hòa giải");
            assertThat(question.answer()).isEqualTo("Trung gian hòa giải");
            assertThat(question.passageKey()).isEqualTo("vi:mediation#dinh-nghia");
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("a definition whose rare words match only its own term ('science', 'khoa học') is not asked: the "
            + "shared-word check rejects it")
    void giveawayIsRejected(Language language) {
        GeneratedQuiz quiz =
                generator.generate(QuizRequest.of("q", language, 1).about(Set.of("science-diplomacy")), new Random(1));

        assertThat(quiz.quiz().questions()).isEmpty();
        assertThat(quiz.tally().of(QuizFormat.TERM).rejected(QuizCheck.ANSWER_SHARES_MOST_WORDS))
                .isEqualTo(quiz.tally().of(QuizFormat.TERM).candidates())
                .isPositive();
    }

    @Test
    @DisplayName("a name in a longer word gives an option away too: no stem about the Egypt–Israel contacts says "
            + "'Egyptian' or 'Israeli'")
    void demonymsAreNames() {
        List<QuizQuestion> questions = about("sadat-jerusalem-contacts", QuizFormat.TOPIC, Language.EN, 6);

        assertThat(questions)
                .isNotEmpty()
                .allSatisfy(question -> assertThat(folded(question.prompt()))
                        .doesNotContain(" egyptian ", " israeli ", " egypt ", " israel "));
    }

    @Test
    @DisplayName("a Vietnamese quiz asks in Vietnamese, answers with Vietnamese titles and cites Vietnamese passages")
    void vietnameseThroughout() {
        Quiz quiz = generator
                .generate(QuizRequest.of("q", Language.VI, 20), new Random(4))
                .quiz();

        assertThat(quiz.questions()).hasSize(20).allSatisfy(question -> {
            assertThat(question.prompt()).doesNotContain("Which", "fills the gap", "Who ");
            assertThat(question.passageKey()).startsWith("vi:");
        });
    }

    @Test
    @DisplayName("the same seed makes the same quiz")
    void repeatable() {
        Quiz first = generator
                .generate(QuizRequest.of("a", Language.VI, 5), new Random(3))
                .quiz();
        Quiz again = generator
                .generate(QuizRequest.of("a", Language.VI, 5), new Random(3))
                .quiz();

        assertThat(again).isEqualTo(first);
    }

    @Test
    @DisplayName("a knowledge base with three tracks asks about them with three options, never padding with other "
            + "kinds")
    void fewTopicsFewerOptions() {
        KnowledgeBase small = new KnowledgeBase(
                new KnowledgeLoader().load(Fixtures.fixtureKnowledge()).topics(), Chunker.standard(), "v");

        Quiz quiz = QuizGenerator.shipped(() -> small)
                .generate(QuizRequest.of("q", Language.EN, 5), new Random(1))
                .quiz();

        assertThat(quiz.questions())
                .hasSize(3)
                .allSatisfy(question -> assertThat(question.options())
                        .containsExactlyInAnyOrder(
                                "Track II diplomacy", "Track III diplomacy", "Backchannel diplomacy"));
    }
}
