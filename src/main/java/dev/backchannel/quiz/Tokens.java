package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into words for comparing names: letters and digits, with an apostrophe inside a name
 * ("D'Orlandi") kept but a possessive ("Kissinger's") left out. Hyphens and dashes separate words,
 * so "Kissinger–Lê Đức Thọ" holds both names.
 */
final class Tokens {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’](?![sS](?![\\p{L}\\p{N}]))[\\p{L}\\p{M}\\p{N}]+)*");

    private Tokens() {}

    static List<Token> of(String text, Language language) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new Token(word.group(), key(word.group(), language), word.start(), word.end()));
        }
        return tokens;
    }

    /** The words folded alone, without an English plural's "s" taken off: for comparing across languages. */
    static List<String> plainKeys(String text) {
        List<String> keys = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            keys.add(fold(word.group()));
        }
        return keys;
    }

    /** The keys of a text's words, in order. */
    static List<String> keys(String text, Language language) {
        return of(text, language).stream().map(Token::key).toList();
    }

    /**
     * The word folded as {@link TextFolding#fold} folds it, without its apostrophes: written out
     * rather than with its regular expression, since every word of every stem is folded.
     */
    private static String fold(String word) {
        String decomposed = isAscii(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (c == '\''
                    || c == '’'
                    || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            folded.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return folded.toString();
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String key(String word, Language language) {
        String folded = fold(word);
        if (language == Language.EN
                && folded.length() > 3
                && folded.endsWith("s")
                && !folded.endsWith("ss")
                && !folded.endsWith("is")
                && !folded.endsWith("us")) {
            return folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    /** How many times the phrase occurs in the words, each occurrence counted once. */
    static int count(List<Token> tokens, List<String> phrase) {
        if (phrase.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            if (startsAt(tokens, i, phrase)) {
                count++;
                i += phrase.size() - 1;
            }
        }
        return count;
    }

    static boolean startsAt(List<Token> tokens, int at, List<String> phrase) {
        for (int j = 0; j < phrase.size(); j++) {
            if (!tokens.get(at + j).key().equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every run of up to {@code longest} consecutive words, written together without spaces: a
     * name found here is in the text however its syllables are spaced ("Hanoi", "Hà Nội").
     */
    static Set<String> joinedRuns(List<String> keys, int longest) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < keys.size() && j < i + longest; j++) {
                run.append(keys.get(j));
                runs.add(run.toString());
            }
        }
        return runs;
    }
}
