package dev.backchannel.retrieval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question sets aside: "examples of sports diplomacy besides ping pong?", "forums apart
 * from Shangri-La", "ví dụ ngoài Oslo ra". Searched for, the words set aside would bring back
 * exactly the passages the asker already knows, so they are left out of the search and the
 * sentences that are about them count less.
 */
public final class Exclusions {

  /** Up to the end of the clause, at most six words; Vietnamese only with its diacritics, as "ngoai" is also "ngoại" (foreign). */
  private static final Pattern SET_ASIDE =
      Pattern.compile(
          "(?iu)\\b(?:other than|apart from|aside from|besides|except for|except|excluding|not counting|ngoài|trừ|không kể)\\s+"
              + "([^\\s,.;:?!]+(?:\\s+[^\\s,.;:?!]+){0,5}?)(?:\\s+ra\\b|\\s*(?=[,.;:?!])|\\s*$)");

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:?!])");
  /** "besides Oslo, what other ..." leaves ", what other ...". */
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.;:]+");

  private Exclusions() {}

  /** The words the question sets aside, if it sets any aside. */
  public static Optional<String> setAside(String question) {
    Matcher matcher = SET_ASIDE.matcher(question);
    return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }

  /** The question without what it sets aside. */
  public static String without(String question) {
    String without = SET_ASIDE.matcher(question).replaceAll("");
    without = SPACES.matcher(without).replaceAll(" ");
    without = SPACE_BEFORE_PUNCTUATION.matcher(without).replaceAll("$1");
    return LEADING_PUNCTUATION.matcher(without).replaceAll("").strip();
  }
}
