package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TermExtractorTest {

    private final TermExtractor terms = new TermExtractor(Lexicon.standard());

    @Test
    @DisplayName(
            "a contracted stop word is no word of the question; a name with an apostrophe is, and 'met' is its verb")
    void contractions() {
        assertThat(terms.english("Why couldn't they've met, and what didn't Sant'Egidio do?"))
                .containsExactly("meet", "sant'egidio");
    }
}
