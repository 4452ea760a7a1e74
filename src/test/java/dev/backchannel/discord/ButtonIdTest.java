package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ButtonIdTest {

    @Test
    @DisplayName("a custom id is the owner's name, then the elements its feature needs, and reads back the same")
    void ownerAndElements() {
        ButtonId id = ButtonId.of("bcq", "1234567890123456789", "0", "2");

        assertThat(id.customId()).isEqualTo("bcq:1234567890123456789:0:2");
        assertThat(ButtonId.parse(id.customId())).isEqualTo(id);
        assertThat(ButtonId.parse("bcs:pin")).isEqualTo(new ButtonId("bcs", List.of("pin")));
        assertThat(ButtonId.parse("alone")).isEqualTo(new ButtonId("alone", List.of()));
        assertThat(ButtonId.parse("bc:src:")).isEqualTo(ButtonId.of("bc", "src", ""));
    }
}
