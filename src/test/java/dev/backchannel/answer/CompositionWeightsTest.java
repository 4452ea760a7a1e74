package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompositionWeightsTest {

    private static final String BROKEN = "composition-weights-broken/";

    @Test
    void theShippedWeightsLoad() {
        assertThat(CompositionWeights.STANDARD.minWords()).isPositive();
        assertThat(CompositionWeights.STANDARD.extraSentenceShare()).isBetween(0.0, 1.0);
    }

    @Test
    void aMissingWeightIsNamed() {
        assertThatThrownBy(() -> CompositionWeights.read(BROKEN + "missing.txt"))
                .hasMessageContaining("missing restated-overlap");
    }

    @Test
    void aMisspeltWeightStopsLoadingAtItsLine() {
        assertThatThrownBy(() -> CompositionWeights.read(BROKEN + "unknown.txt"))
                .hasMessageContaining("unknown.txt:")
                .hasMessageContaining("unknown weight 'openning'");
    }

    @Test
    void aShareOverOneIsRefused() {
        assertThatThrownBy(() -> CompositionWeights.read(BROKEN + "range.txt"))
                .hasMessageContaining("near-duplicate must be between 0 and 1");
    }

    @Test
    void aWordCountMustBeWhole() {
        assertThatThrownBy(() -> CompositionWeights.read(BROKEN + "fraction.txt"))
                .hasMessageContaining("min-words must be a whole number");
    }
}
