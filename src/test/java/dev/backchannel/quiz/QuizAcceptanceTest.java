package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.knowledge.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Questions as a student meets them, 200 per language from the real knowledge base with fixed
 * seeds, checked with this test's own reading of the stems: none can be answered by spotting an
 * option's name in it, the formats vary, and every explanation quotes a cited passage.
 */
final class QuizAcceptanceTest {

    private static final int QUESTIONS = 200;
    private static final int PER_QUIZ = 5;

    /** Capitalised in a title ("Nhóm Các Bậc Trưởng Lão"), a function word is still no name. */
    private static final Map<Language, Set<String>> FUNCTION_WORDS = Map.of(
            Language.EN, Set.of("a", "an", "and", "as", "at", "for", "in", "of", "on", "the", "to", "with"),
            Language.VI, Set.of("cac", "cua", "va", "voi", "tai", "trong", "nhung", "mot"));

    private static KnowledgeBase knowledge;
    private static Map<String, Passage> passages;
    private static final Map<Language, List<QuizQuestion>> QUESTIONS_BY_LANGUAGE = new EnumMap<>(Language.class);

    @BeforeAll
    static void generate() {
        knowledge = new KnowledgeBase(
                new KnowledgeLoader().load(Fixtures.realKnowledge()).topics(), Chunker.standard(), "v");
        passages = knowledge.passages().stream().collect(Collectors.toMap(Passage::key, Function.identity()));
        QuizGenerator generator = QuizGenerator.shipped(() -> knowledge);
        for (Language language : Language.values()) {
            List<QuizQuestion> questions = new ArrayList<>();
            for (int seed = 1; questions.size() < QUESTIONS; seed++) {
                questions.addAll(generator
                        .generate(QuizRequest.of("q" + seed, language, PER_QUIZ), new Random(seed))
                        .quiz()
                        .questions());
            }
            QUESTIONS_BY_LANGUAGE.put(language, List.copyOf(questions.subList(0, QUESTIONS)));
        }
    }

    private static List<QuizQuestion> questions(Language language) {
        return QUESTIONS_BY_LANGUAGE.get(language);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("no stem of 200 questions holds a name, alias, proper name or year of any of its options")
    void noStemNamesAnOption(Language language) {
        for (QuizQuestion question : questions(language)) {
            List<String> stem = words(question.prompt());
            for (String option : question.options()) {
                for (String name : names(option, language)) {
                    assertThat(containsPhrase(stem, words(name)))
                            .as("%s%n names option '%s' as '%s'", question.prompt(), option, name)
                            .isFalse();
                }
                for (String word : distinctive(option, language, question)) {
                    assertThat(containsPhrase(stem, words(word)))
                            .as("%s%n has '%s' of option '%s'", question.prompt(), word, option)
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("200 questions come in at least three formats, with three or four distinct options each")
    void formatsAndOptions(Language language) {
        List<QuizQuestion> questions = questions(language);

        assertThat(questions.stream().map(QuizQuestion::format).distinct().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(questions).allSatisfy(question -> {
            assertThat(question.options()).hasSizeBetween(3, 4).doesNotHaveDuplicates();
            assertThat(question.correct()).isBetween(0, question.options().size() - 1);
        });
        assertThat(questions)
                .filteredOn(question -> question.format() == QuizFormat.FACT)
                .allSatisfy(question -> assertThat(question.prompt()).containsOnlyOnce("▁▁▁"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("every explanation quotes a passage of the question's topic, in the quiz's language, and cites it")
    void explanationsCiteTheirTopic(Language language) {
        for (QuizQuestion question : questions(language)) {
            Passage cited = passages.get(question.passageKey());
            assertThat(cited).as(question.passageKey()).isNotNull();
            assertThat(cited.topicId()).isEqualTo(question.topicId());
            assertThat(cited.language()).isEqualTo(language);
            assertThat(question.explanation()).endsWith(" [1]");
            String quoted =
                    question.explanation().substring(0, question.explanation().length() - 4);
            assertThat(cited.text().replaceAll("\\s+", " ")).contains(quoted);
            assertThat(question.sourceTitle()).isEqualTo(cited.title() + " — " + cited.section());
        }
    }

    /** Every way the knowledge base names an option: a topic's titles and aliases, or a fact as written. */
    private static List<String> names(String option, Language language) {
        Optional<Topic> topic = knowledge.topics().stream()
                .filter(t -> t.language() == language && shortTitle(t).equals(option))
                .findFirst();
        if (topic.isEmpty()) {
            return List.of(option);
        }
        List<String> names = new ArrayList<>(topic.get().aliases());
        names.add(topic.get().title());
        names.add(option);
        return names.stream()
                .filter(name -> TextFolding.foldWords(name).length() >= 3)
                .toList();
    }

    /**
     * The words of an option a student could spot: its years, and the capitalised words after its
     * first that at most two titles have; every word of a fact.
     */
    private static List<String> distinctive(String option, Language language, QuizQuestion question) {
        String[] written = option.split("[\\s/,()]+");
        boolean fact = question.format() == QuizFormat.FACT;
        List<String> found = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            String word = TextFolding.foldWords(written[i]);
            // One letter ("I" of "Track I", of "I. William Zartman") gives nothing away.
            if (word.length() < 2) {
                continue;
            }
            boolean year = word.matches("\\d{4}");
            boolean name = i > 0
                    && Character.isUpperCase(written[i].charAt(0))
                    && !FUNCTION_WORDS.get(language).contains(word)
                    && titlesWith(word, language) <= 2;
            if (year || name || (fact && word.length() > 2)) {
                found.add(word);
            }
        }
        return found;
    }

    /** How many titles have the word, its plural counted as the word ("Pugwash Conferences"). */
    private static long titlesWith(String word, Language language) {
        return knowledge.topics().stream()
                .filter(t -> t.language() == language)
                .filter(t -> words(shortTitle(t)).stream().anyMatch(w -> w.equals(word) || w.equals(word + "s")))
                .count();
    }

    private static String shortTitle(Topic topic) {
        return topic.title().replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    private static List<String> words(String text) {
        String folded = TextFolding.foldWords(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
