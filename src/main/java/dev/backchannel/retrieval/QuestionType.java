package dev.backchannel.retrieval;

import dev.backchannel.knowledge.TextFolding;
import java.util.regex.Pattern;

/** What kind of answer a question wants, which decides the sections worth preferring. */
public enum QuestionType {
  DEFINITION,
  GENERAL;

  private static final Pattern DEFINITION_PATTERN =
      Pattern.compile(
          "^(what (is|are|was|were|does|do)\\b|what s\\b|define\\b|definition\\b|meaning of\\b|explain\\b)"
              + "|\\b(la gi|nghia la|dinh nghia|khai niem|la the nao|hieu the nao)\\b");

  public static QuestionType of(String question) {
    String folded = TextFolding.foldWords(question);
    return DEFINITION_PATTERN.matcher(folded).find() ? DEFINITION : GENERAL;
  }
}
