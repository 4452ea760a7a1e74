package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ExclusionsTest {

    private final Exclusions exclusions = new Exclusions(Lexicon.standard());

    @Test
    @DisplayName("what a question sets aside is found and left out, in English and in Vietnamese with diacritics")
    void setAside() {
        assertThat(exclusions.setAside("examples of sports diplomacy besides ping pong?"))
                .contains("ping pong");
        assertThat(exclusions.without("examples of sports diplomacy besides ping pong?"))
                .isEqualTo("examples of sports diplomacy?");
        assertThat(exclusions.without("besides Oslo, what other channels did Norway host?"))
                .isEqualTo("what other channels did Norway host?");
        assertThat(exclusions.setAside("cho ví dụ ngoại giao kênh 2 ngoài Oslo ra"))
                .contains("Oslo");
        assertThat(exclusions.without("ví dụ về ngoại giao thể thao trừ bóng bàn"))
                .isEqualTo("ví dụ về ngoại giao thể thao");
    }

    @Test
    @DisplayName("a question that sets nothing aside is left as it is, even "
            + "where folded Vietnamese looks like 'ngoài ... ra'")
    void nothingSetAside() {
        for (String question : new String[] {
            "ngoai giao cua sau ra doi khi nao", "ngoại giao kênh 2 là gì?", "who hosted the Oslo talks?"
        }) {
            assertThat(exclusions.setAside(question)).isEmpty();
            assertThat(exclusions.without(question)).isEqualTo(question);
        }
    }
}
