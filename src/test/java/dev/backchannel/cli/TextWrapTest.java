package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TextWrapTest {

    private static final String ANSWER = "Track II diplomacy (Vietnamese: ngoại giao kênh 2) is a specific kind of "
            + "informal diplomacy. [1] In Track II, influential people from rival sides who hold no official post "
            + "meet for unofficial, usually confidential dialogue. [1]";

    @Test
    @DisplayName("a long answer is broken between words, no line wider than asked, no word lost or cut")
    void breaksBetweenWords() {
        String wrapped = TextWrap.wrap(ANSWER, 40);

        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(wrapped.lines().count()).isGreaterThan(4);
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(ANSWER);
    }

    @Test
    @DisplayName("a citation marker stays with the sentence it closes: no line starts with [n]")
    void markerStaysWithItsSentence() {
        for (int width = 20; width <= 80; width++) {
            assertThat(TextWrap.wrap(ANSWER, width).lines()).noneMatch(line -> line.startsWith("["));
        }
    }

    @Test
    @DisplayName("a word longer than the width gets a line of its own, whole")
    void longWordStaysWhole() {
        String wrapped = TextWrap.wrap("see https://en.wikipedia.org/wiki/Track_II_diplomacy for more", 20);

        assertThat(wrapped.lines()).contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
    }

    @Test
    @DisplayName("no width (output that is not a terminal) leaves the text as it is")
    void noWidthNoWrap() {
        assertThat(TextWrap.wrap(ANSWER, 0)).isEqualTo(ANSWER);
    }
}
