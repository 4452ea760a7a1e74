package dev.backchannel.config;

/** Bounds of a composed answer and of the questions accepted. */
public record AnswerConfig(int maxSentences, int maxChars, int maxQuestionChars) {
  public AnswerConfig {
    if (maxSentences < 2) {
      throw new IllegalArgumentException("answer.max-sentences must be at least 2, was " + maxSentences);
    }
    if (maxChars < 200) {
      throw new IllegalArgumentException("answer.max-chars must be at least 200, was " + maxChars);
    }
    if (maxQuestionChars < 20) {
      throw new IllegalArgumentException("answer.max-question-chars must be at least 20, was " + maxQuestionChars);
    }
  }
}
