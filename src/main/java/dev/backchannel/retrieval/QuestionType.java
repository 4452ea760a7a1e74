package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.TextFolding;
import java.util.Set;
import java.util.regex.Pattern;

/** What kind of answer a question wants, which decides the sections worth preferring. */
public enum QuestionType {
  /** "What is X?", "X là gì?": the topic's definition. */
  DEFINITION,
  /** "What do you call it when ...?", "... thì gọi là gì?": a described practice, named by a term. */
  NAMING,
  GENERAL;

  private static final Pattern NAMING_PATTERN =
      Pattern.compile(
          "\\b((what is|what s|whats) (it|this|that) called|what do (you|we|they) call|"
              + "(what is|what s|whats) the (name|term|word) for|name for|term for|"
              + "thi goi la gi|duoc goi la gi|goi la gi|ten goi la gi|ten la gi)\\b");

  private static final Pattern DEFINITION_PATTERN =
      Pattern.compile(
          "^(what (is|are|was|were|does|do)\\b|what s\\b|define\\b|definition\\b|meaning of\\b|explain\\b)"
              + "|\\b(la gi|nghia la|dinh nghia|khai niem|la the nao|hieu the nao)\\b");

  private static final Set<String> DEFINITION_SECTIONS = Set.of("definition", "overview", "dinh-nghia", "tong-quan");

  /** Whether a passage opens a topic: its definition or, for a case, its overview. */
  public static boolean isDefinitionSection(Passage passage) {
    String slug = passage.id().substring(passage.id().indexOf('#') + 1).replaceFirst("-\\d+$", "");
    return DEFINITION_SECTIONS.contains(slug);
  }

  public static QuestionType of(String question) {
    String folded = TextFolding.foldWords(question);
    if (NAMING_PATTERN.matcher(folded).find()) {
      return NAMING;
    }
    return DEFINITION_PATTERN.matcher(folded).find() ? DEFINITION : GENERAL;
  }
}
