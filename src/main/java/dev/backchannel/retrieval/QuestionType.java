package dev.backchannel.retrieval;

import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.TextFolding;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, which decides the sections worth preferring. The first
 * pattern that matches wins, so "what is it called" is a naming question, not a definition one.
 */
public enum QuestionType {
  /** "What do you call it when ...?", "... thì gọi là gì?": a described practice, named by a term. */
  NAMING(
      "\\b((what is|what s|whats) (it|this|that) called|what do (you|we|they) call|"
          + "(what is|what s|whats) the (name|term|word) for|name for|term for|"
          + "thi goi la gi|duoc goi la gi|goi la gi|ten goi la gi|ten la gi)\\b",
      "definition", "overview", "dinh-nghia", "tong-quan"),
  /** "Who coined ...", "ai đặt ra ...": where a term or practice comes from. */
  ORIGIN(
      "\\b(coined|coin|origin|origins|where does .* come from|who invented|first used|introduced the term|"
          + "ai dat ra|nguon goc|xuat xu|lan dau)\\b",
      "origin", "nguon-goc"),
  /** "Examples of X", "ví dụ về X". */
  EXAMPLES("\\b(example|examples|instance|instances|for instance|vi du|dien hinh)\\b", "examples", "vi-du"),
  /**
   * "X vs Y", "X khác gì Y": both sides need a sentence, also when the question names one of them
   * and only describes the other.
   */
  COMPARISON(
      "\\b(vs|versus|difference|differences|differ|differs|different from|compared|compare|comparison|distinguish|"
          + "khac gi|khac nhau|khac voi|khac .* the nao|khac .* cho nao|khac .* o diem nao|so voi|so sanh|phan biet|giong nhau)\\b",
      "definition", "relation-to-other-tracks", "overview", "dinh-nghia", "quan-he-voi-cac-kenh-khac", "tong-quan"),
  /**
   * "List the nine tracks", "what kinds of ...", "gồm những kênh nào": the answer is an
   * enumeration, wherever in a topic it is written, and is quoted with all its items.
   */
  LIST(
      "^(what|which) (roles|functions|kinds|types|forms|steps|stages|principles|elements|pillars|methods|tools|tracks|members)\\b|"
          + "\\b(list|kinds of|types of|sorts of|forms of|name (some|the|all)|what are the (two|three|four|five|six|seven|eight|nine|ten|\\d+)|"
          + "liet ke|ke ten|gom nhung|bao gom nhung|gom (cac|may)|nhung (loai|hinh thuc|dang|cap|kenh|nuoc|noi|diem) nao|"
          + "cac (loai|hinh thuc|dang|cap) nao|"
          + "(hai|ba|bon|nam|sau|bay|tam|chin|muoi|may) (tru cot|kenh|loai|hinh thuc|dang|cap|yeu to|nguyen tac|buoc|giai doan|chuc nang))\\b"),
  /** "What is X?", "X là gì?": the topic's definition. */
  DEFINITION(
      "^(what (is|are|was|were|does|do)\\b|what s\\b|define\\b|definition\\b|meaning of\\b|explain\\b)"
          + "|\\b(la gi|nghia la|dinh nghia|khai niem|la the nao|hieu the nao)\\b",
      "definition", "overview", "dinh-nghia", "tong-quan"),
  /** "Who took part?", "những ai?": the people of a case. */
  PEOPLE("^(who|whom)\\b|\\b(who was|who were|which people|nhung ai|ai la|la ai|ai da|nguoi nao)\\b", "who-was-involved", "cac-ben-tham-gia"),
  /** "When", "where", "what year": the dates and places of a case. */
  TIME(
      "^(when|where)\\b|\\b(what year|which year|what date|khi nao|nam nao|bao gio|luc nao|o dau|thoi gian)\\b",
      "when-and-where", "thoi-gian-va-dia-diem"),
  GENERAL(null);

  private final Pattern pattern;
  private final Set<String> sections;

  QuestionType(String pattern, String... sections) {
    this.pattern = pattern == null ? null : Pattern.compile(pattern);
    this.sections = Set.of(sections);
  }

  public static QuestionType of(String question) {
    String folded = TextFolding.foldWords(question);
    for (QuestionType type : values()) {
      if (type.pattern != null && type.pattern.matcher(folded).find()) {
        return type;
      }
    }
    return GENERAL;
  }

  /** Whether a passage comes from a section that answers this kind of question. */
  public boolean prefers(Passage passage) {
    return sections.contains(passage.sectionSlug());
  }

  /** Whether the answer is a topic's opening: its definition or, for a case, its overview. */
  public boolean wantsDefinition() {
    return this == DEFINITION || this == NAMING;
  }
}
