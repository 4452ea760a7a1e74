package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.knowledge.Language;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The quiz's data files are checked when read: a gap in them stops the bot at start, not mid-quiz. */
final class QuizDataTest {

    @Test
    @DisplayName("the shipped words have both languages for every key, and fill their places")
    void shippedWords() {
        QuizWords words = QuizWords.shipped();

        assertThat(words.say(Language.VI, "score", "correct", 2, "total", 3)).isEqualTo("Điểm: 2/3");
        assertThat(words.say(Language.EN, "score", "correct", 2, "total", 3)).isEqualTo("Score: 2/3");
        assertThat(words.format(Language.VI, QuizFormat.TERM)).isEqualTo("Thuật ngữ qua định nghĩa");
    }

    @Test
    @DisplayName("words missing a key or a language are refused, naming them")
    void missingLanguage() {
        assertThatThrownBy(() -> new QuizWords(Map.of("score", Map.of(Language.EN, "Score: {correct}/{total}"))))
                .hasMessageMatching("quiz/words\\.txt: no (en|vi) text for '[a-z-]+'");
    }

    @Test
    @DisplayName("rules whose fewest options exceed the options are refused")
    void inconsistentRules() {
        assertThatThrownBy(() -> new QuizRules(
                        4, 5, 8, 2, Map.of(Language.EN, 2, Language.VI, 2), 7, 60, 0.3, 3, 3, 15, Set.of(), 5))
                .hasMessageContaining("fewest-options");
    }

    @Test
    @DisplayName("the shipped lexicon has every group in both languages, folded")
    void shippedLexicon() {
        QuizLexicon lexicon = QuizLexicon.shipped();

        assertThat(lexicon.words(Language.VI, QuizLexicon.PLACE_CUES)).contains("tai", "o");
        assertThat(lexicon.words(Language.EN, QuizLexicon.TITLES)).contains("president");
        assertThat(lexicon.words(Language.EN, QuizLexicon.GLOSS_CUES)).contains("vietnamese");
    }
}
