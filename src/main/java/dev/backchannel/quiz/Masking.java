package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Hides names in a text wherever they occur, whatever their case or diacritics: longer names
 * first, so "Track II diplomacy" is one gap rather than "▁▁▁ diplomacy". Names that meet with
 * nothing but punctuation between them ("Kissinger–Lê Đức Thọ") become one gap.
 */
final class Masking {

    static final String HIDDEN = "▁▁▁";

    private Masking() {}

    /** @param names the names to hide, as the keys of their words */
    static Masked mask(String text, Collection<List<String>> names, Language language) {
        List<Token> tokens = Tokens.of(text, language);
        List<List<String>> phrases = new ArrayList<>(
                names.stream().filter(phrase -> !phrase.isEmpty()).distinct().toList());
        phrases.sort(
                Comparator.comparingInt((List<String> phrase) -> phrase.size()).reversed());
        boolean[] hidden = new boolean[tokens.size()];
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
                if (Tokens.startsAt(tokens, i, phrase) && free(hidden, i, phrase.size())) {
                    for (int j = i; j < i + phrase.size(); j++) {
                        hidden[j] = true;
                    }
                }
            }
        }
        StringBuilder masked = new StringBuilder();
        int copied = 0;
        int hiddenWords = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!hidden[i]) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && hidden[last + 1]) {
                last++;
            }
            masked.append(text, copied, tokens.get(i).start()).append(HIDDEN);
            copied = closing(text, tokens.get(i).start(), tokens.get(last).end());
            hiddenWords += last - i + 1;
            i = last;
        }
        masked.append(text.substring(copied));
        return new Masked(masked.toString(), hiddenWords);
    }

    /**
     * Where a gap ends: after its last word, and after the brackets and quotes its name opened, so
     * that "Kênh hậu trường Bắc Ireland ('the Link')" leaves no "')" behind.
     */
    private static int closing(String text, int start, int end) {
        String gap = text.substring(start, end);
        int brackets = count(gap, "(") - count(gap, ")");
        int quotes = count(gap, "'‘\"“") - count(gap, "’”");
        int at = end;
        while (at < text.length() && (brackets > 0 || quotes > 0)) {
            char next = text.charAt(at);
            if (next == ')' && brackets > 0) {
                brackets--;
            } else if ("'’\"”".indexOf(next) >= 0 && quotes > 0) {
                quotes--;
            } else {
                break;
            }
            at++;
        }
        return at;
    }

    private static int count(String text, String characters) {
        return (int) text.chars().filter(c -> characters.indexOf(c) >= 0).count();
    }

    private static boolean free(boolean[] hidden, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (hidden[i]) {
                return false;
            }
        }
        return true;
    }
}
