package dev.backchannel.retrieval;

import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.TextFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Replaces words the knowledge base has never seen with the closest word it has ("backchanel" to
 * "backchannel", "Pugwosh" to "pugwash", "kêng" to "kenh"), so a typo does not lose the topic. Only
 * unknown words are touched, and only by a small edit, so a correct question passes unchanged.
 */
public final class SpellingCorrector {

  /** A word as the index's tokenizer sees it: "Sant'Egidio" is one word, not two. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");
  private static final int MIN_LENGTH = 4;

  private final PassageIndex index;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  public SpellingCorrector(PassageIndex index) {
    this.index = index;
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.7f);
  }

  /** The question with each unknown word replaced by its folded correction, when there is one. */
  public String correct(String question) {
    IndexReader reader = index.searcher().getIndexReader();
    Matcher matcher = WORD.matcher(question);
    StringBuilder corrected = new StringBuilder();
    try {
      while (matcher.find()) {
        String folded = TextFolding.fold(matcher.group());
        String replacement = matcher.group();
        if (folded.length() >= MIN_LENGTH && !StopWords.isStop(folded) && !known(reader, folded)) {
          SuggestWord[] suggestions =
              checker.suggestSimilar(new Term(Fields.BODY_FOLDED, folded), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (suggestions.length > 0 && allowed(folded, suggestions[0].string)) {
            replacement = suggestions[0].string;
          }
        }
        matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the index vocabulary failed", e);
    }
    matcher.appendTail(corrected);
    return corrected.toString();
  }

  private static boolean known(IndexReader reader, String folded) throws IOException {
    return reader.docFreq(new Term(Fields.BODY_FOLDED, folded)) > 0 || reader.docFreq(new Term(Fields.NAMES_FOLDED, folded)) > 0;
  }

  /** Short words get one edit at most: two edits turn "slack" into "black" and much else. */
  private static boolean allowed(String word, String suggestion) {
    return word.length() >= 7 || distance(word, suggestion) <= 1;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
