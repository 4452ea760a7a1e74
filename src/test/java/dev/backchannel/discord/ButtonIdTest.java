package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ButtonIdTest {

  @Test
  @DisplayName("a button's custom id names the button and the answer, within Discord's 100 characters")
  void roundTrip() {
    String id = ButtonId.FOLLOW_UP.of("1234567890123456789");

    assertThat(id).hasSizeLessThanOrEqualTo(100);
    assertThat(ButtonId.parse(id)).contains(new ButtonId.Click(ButtonId.FOLLOW_UP, "1234567890123456789"));
    assertThat(ButtonId.parse("someone-else:x")).isEmpty();
    assertThat(ButtonId.parse("bc:nope:1")).isEmpty();
  }
}
