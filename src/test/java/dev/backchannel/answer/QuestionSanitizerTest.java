package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class QuestionSanitizerTest {

    private final QuestionSanitizer sanitizer = new QuestionSanitizer(1000);

    @Test
    @DisplayName("decomposed Vietnamese is composed, invisible characters removed, spaces collapsed")
    void normalizes() {
        assertThat(sanitizer.clean("  nha\u0301nh\u200B   II \t la\u0300 gi\u0300 "))
                .isEqualTo("nhánh II là gì");
    }
}
