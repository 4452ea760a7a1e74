package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences. A full stop ends a sentence unless it closes an abbreviation or an
 * initial ("Joseph V. Montville", "U.S.", "e.g."), which would otherwise cut a quoted sentence in
 * the middle of a name.
 */
public final class Sentences {

  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[.!?…])[\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\p{N}])");
  private static final Pattern BLOCK_BREAK = Pattern.compile("\\n\\s*\\n|\\n(?=\\s*(?:[-*+]|\\d+[.)])\\s)");
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "u.s",
          "u.k", "u.n", "no", "vol", "ed", "eds", "p", "pp", "gen", "col", "lt", "sen", "rep",
          "gov", "ths", "ts", "gs", "pgs", "tp", "d.c", "inc", "co", "corp", "ca", "c", "cf",
          "fig", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec");

  private Sentences() {}

  /** Sentences of a text in which blank lines and list items also end a sentence. */
  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    for (String block : BLOCK_BREAK.split(text)) {
      String item = LIST_MARKER.matcher(block).replaceFirst("");
      sentences.addAll(splitProse(item));
    }
    return sentences;
  }

  private static List<String> splitProse(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    List<String> sentences = new ArrayList<>();
    if (flat.isEmpty()) {
      return sentences;
    }
    Matcher matcher = BOUNDARY.matcher(flat);
    int start = 0;
    while (matcher.find()) {
      String candidate = flat.substring(start, matcher.start()).trim();
      if (endsWithAbbreviation(candidate)) {
        continue;
      }
      sentences.add(flat.substring(start, matcher.end()).trim());
      start = matcher.end();
    }
    String rest = flat.substring(start).trim();
    if (!rest.isEmpty()) {
      sentences.add(rest);
    }
    return sentences;
  }

  private static boolean endsWithAbbreviation(String sentence) {
    if (!sentence.endsWith(".")) {
      return false;
    }
    int space = sentence.lastIndexOf(' ');
    String word = sentence.substring(space + 1, sentence.length() - 1);
    String bare = word.replaceAll("^[\"'“‘(\\[]+", "");
    if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
  }

  public static int wordCount(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
