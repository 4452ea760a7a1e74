package dev.backchannel.answer;

import java.util.Locale;

/** How the answer text was written. */
public enum AnswerMode {
  /** Sentences quoted from the retrieved passages; needs no language model. */
  EXTRACTIVE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
