package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a text with gaps still reads as a sentence a student can answer from: it opens like a
 * sentence, not leaning on one before it, and ends with a full stop, enough of it is left, its
 * gaps are few and apart, and no gap stands for a label ("▁▁▁: minister…" is a list entry).
 */
final class Readability {

    private static final Pattern ENDS = Pattern.compile("[.!?…][\"'”’)\\]]*$");
    private static final Pattern OPENS = Pattern.compile("^[\"'“‘(]?(?:\\p{Lu}|\\p{N}|" + Masking.HIDDEN + ")");
    private static final Pattern LABEL = Pattern.compile(Masking.HIDDEN + "\\s*[:;]");

    private final QuizRules rules;
    private final List<Pattern> dependentOpenings;

    /** @param dependentOpenings openings that lean on the sentence before ("They…", "Điều này…") */
    Readability(QuizRules rules, List<Pattern> dependentOpenings) {
        this.rules = rules;
        this.dependentOpenings = List.copyOf(dependentOpenings);
    }

    boolean reads(Masked masked, Language language) {
        String text = masked.text().strip();
        List<Token> words = Tokens.of(text, language);
        int shown = words.size();
        int all = shown + masked.hiddenWords();
        String lowered = TextFolding.lowerWords(text);
        return OPENS.matcher(text).find()
                && dependentOpenings.stream()
                        .noneMatch(opening -> opening.matcher(lowered).lookingAt())
                && ENDS.matcher(text).find()
                && !LABEL.matcher(text).find()
                && shown >= rules.sentenceMinWords()
                && shown <= rules.sentenceMaxWords()
                && masked.hiddenWords() <= rules.sentenceMaxMaskedShare() * all
                && gapsApart(text, words);
    }

    private boolean gapsApart(String text, List<Token> words) {
        int gaps = 0;
        int previousEnd = -1;
        for (int at = text.indexOf(Masking.HIDDEN); at >= 0; at = text.indexOf(Masking.HIDDEN, at + 1)) {
            gaps++;
            if (previousEnd >= 0 && wordsBetween(words, previousEnd, at) < rules.maskMinGapWords()) {
                return false;
            }
            previousEnd = at + Masking.HIDDEN.length();
        }
        return gaps <= rules.sentenceMaxMasks();
    }

    private static int wordsBetween(List<Token> words, int from, int to) {
        return (int) words.stream()
                .filter(word -> word.start() >= from && word.end() <= to)
                .count();
    }
}
