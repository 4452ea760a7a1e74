package dev.backchannel.discord;

import java.util.Optional;

/** The buttons under an answer; their custom id is {@code bc:<button>:<answer id>}. */
enum ButtonId {
  SOURCES("src"),
  HELPFUL("up"),
  NOT_HELPFUL("down"),
  FOLLOW_UP("thread");

  private static final String PREFIX = "bc:";

  private final String code;

  ButtonId(String code) {
    this.code = code;
  }

  String of(String answerId) {
    return PREFIX + code + ":" + answerId;
  }

  /** A parsed custom id: which button, on which answer. */
  record Click(ButtonId button, String answerId) {}

  static Optional<Click> parse(String customId) {
    if (customId == null || !customId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = customId.split(":", 3);
    if (parts.length != 3) {
      return Optional.empty();
    }
    for (ButtonId button : values()) {
      if (button.code.equals(parts[1])) {
        return Optional.of(new Click(button, parts[2]));
      }
    }
    return Optional.empty();
  }
}
