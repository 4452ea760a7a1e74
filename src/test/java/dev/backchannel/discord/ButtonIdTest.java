package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ButtonIdTest {

  @Test
  @DisplayName("a button's custom id names the button and the answer, within Discord's 100 characters")
  void roundTrip() {
    String id = AnswerButton.FOLLOW_UP.id("1234567890123456789");

    assertThat(id).hasSizeLessThanOrEqualTo(100);
    assertThat(AnswerButton.parse(ButtonId.parse(id))).contains(new AnswerButton.Click(AnswerButton.FOLLOW_UP, "1234567890123456789"));
    assertThat(AnswerButton.parse(ButtonId.parse("someone-else:x"))).isEmpty();
    assertThat(AnswerButton.parse(ButtonId.parse("bc:nope:1"))).isEmpty();
  }

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
