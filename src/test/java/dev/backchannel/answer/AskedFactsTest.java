package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.question.Lexicon;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AskedFactsTest {

    private final AskedFacts facts = new AskedFacts(Lexicon.standard());

    @Test
    @DisplayName("a sentence answers 'which politician' when it names someone the question does not")
    void namesSomeoneTheQuestionDoesNot() {
        String question = "Chính khách Israel nào từng làm ngoại giao không chính thức?";

        assertThat(AskedFacts.namesSomeoneNew("Tiêu biểu nhất là cựu bộ trưởng Israel Yossi Beilin.", question))
                .isTrue();
        assertThat(AskedFacts.namesSomeoneNew("Cựu quan chức có thể đi ngược chính phủ Israel.", question))
                .isFalse();
        assertThat(AskedFacts.namesSomeoneNew(
                        "The best known is Jimmy Carter.", "What did Jimmy Carter do in Pyongyang?"))
                .isFalse();
    }

    @Test
    @DisplayName("a sentence answers 'when' when it holds a year, a month or a span of centuries, in either language")
    void datesInBothLanguages() {
        assertThat(facts.dates("Hội nghị đầu tiên họp vào tháng 10/1960.")).isTrue();
        assertThat(facts.dates("Ngoại giao không chính thức đã được dùng hàng thế kỷ."))
                .isTrue();
        assertThat(facts.dates("The talks began in April 1992.")).isTrue();
        assertThat(facts.dates("Back channels are as old as diplomacy itself, for centuries."))
                .isTrue();
        assertThat(facts.dates("Kênh 2 giúp xây dựng lòng tin giữa các bên.")).isFalse();
        assertThat(facts.dates("The two sides met in a hotel.")).isFalse();
    }
}
