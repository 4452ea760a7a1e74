package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.question.Lexicon;
import org.junit.jupiter.api.Test;

class SentenceLinksTest {

    private final SentenceLinks links = new SentenceLinks(Lexicon.standard());

    @Test
    void aSentenceSayingWhatItsSubjectAlsoDidLeansOnTheOneBefore() {
        assertThat(links.needsPrevious("A mediator can also put forward proposals of its own."))
                .isTrue();
        assertThat(links.needsPrevious("The Holy See also brought patience, and its mediation lasted six years."))
                .isTrue();
    }

    @Test
    void aSentenceThatStandsAloneDoesNot() {
        assertThat(links.needsPrevious("Norway acted as an impartial facilitator between the two sides."))
                .isFalse();
        assertThat(links.needsPrevious("The term was coined by Joseph Montville, who also wrote on psychology."))
                .isFalse();
    }
}
