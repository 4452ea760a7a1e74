package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class LexiconTest {

    @Test
    @DisplayName("the shipped word lists load, each language contributing its entries")
    void shippedListsLoad() {
        Lexicon lexicon = Lexicon.load();

        assertThat(lexicon.isStop("what")).isTrue();
        assertThat(lexicon.isStop("gi")).isTrue();
        assertThat(lexicon.isStop("diplomacy")).isFalse();
        assertThat(lexicon.referringWords()).contains("it", "no");
        assertThat(lexicon.setAsideCues()).contains("besides", "ngoài");
        assertThat(lexicon.questionCues())
                .containsKeys(QuestionType.values()[0], QuestionType.DEFINITION, QuestionType.TIME);
    }

    @Test
    @DisplayName("a word listed twice stops loading with its file and line")
    void duplicateFails() {
        assertThatThrownBy(() -> WordLists.folded("lexicon-broken/duplicate.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lexicon-broken/duplicate.txt:3")
                .hasMessageContaining("listed twice");
    }

    @Test
    @DisplayName("an entry of a folded list written with diacritics stops loading and says how to write it")
    void notFoldedFails() {
        assertThatThrownBy(() -> WordLists.folded("lexicon-broken/not-folded.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ngoai giao'");
    }

    @Test
    @DisplayName("a cue file naming a group twice, or with an unclosed choice, stops loading")
    void brokenCueFilesFail() {
        assertThatThrownBy(() -> WordLists.grouped("lexicon-broken/group-twice.txt"))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> WordLists.grouped("lexicon-broken/bad-cue.txt"))
                .hasMessageContaining("unclosed");
    }

    @Test
    @DisplayName("a cue expands its choices and optional words into every phrase it stands for")
    void cueExpansion() {
        assertThat(CuePhrases.expand("[thank|thanks] [you|] [so much|]"))
                .contains("thank", "thanks you", "thank you so much", "thanks so much")
                .hasSize(8);
        assertThat(CuePhrases.compile("what are the [two|#]")
                        .matcher("so what are the 9 tracks")
                        .find())
                .isTrue();
        assertThat(CuePhrases.compile("^who").matcher("and who").find()).isFalse();
    }
}
