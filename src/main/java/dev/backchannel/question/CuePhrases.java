package dev.backchannel.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small phrase language of the lexicon's cue files: folded words, {@code [a|b]} for a choice
 * ({@code [a|]} makes it optional), {@code *} for any words, {@code #} for a number, and a leading
 * {@code ^} for a phrase that must open the question. Cue files stay readable lists of what people
 * type, not regular expressions.
 */
final class CuePhrases {

    private static final Pattern FOLDED_WORD = Pattern.compile("[a-z0-9]+|\\*|#|_");
    private static final String FOLDED_KIND = "a folded word (a-z, 0-9)";
    private static final Set<String> WILDCARDS = Set.of("*", "#", "_");
    private static final Pattern WRITTEN_WORD = Pattern.compile("[\\p{Ll}\\p{N}]+|\\*|#|_");

    private CuePhrases() {}

    /** Every phrase a cue stands for, its choices expanded, words separated by one space. */
    static List<String> expand(String cue) {
        check(cue, FOLDED_WORD, FOLDED_KIND);
        List<String> phrases = List.of("");
        for (List<String> choices : elements(cue)) {
            List<String> longer = new ArrayList<>();
            for (String phrase : phrases) {
                for (String choice : choices) {
                    longer.add((phrase + " " + choice).strip());
                }
            }
            phrases = longer;
        }
        return phrases;
    }

    /**
     * Fails on a word of the cue that is not a word of the kind given. Each choice is checked once,
     * not every phrase they combine into: a cue of four choices of eight words stands for thousands.
     */
    private static void check(String cue, Pattern wordPattern, String wordKind) {
        for (List<String> choices : elements(cue)) {
            for (String choice : choices) {
                for (String word : choice.split(" ")) {
                    if (!word.isEmpty() && !wordPattern.matcher(word).matches()) {
                        throw new IllegalArgumentException(
                                "'" + word + "' in cue '" + cue + "' is not " + wordKind + ", *, # or _");
                    }
                }
            }
        }
    }

    /** The cue's parts in order, each the list of its choices: one for a word, "" for "nothing". */
    private static List<List<String>> elements(String cue) {
        List<List<String>> elements = new ArrayList<>();
        String rest = cue.startsWith("^") ? cue.substring(1).strip() : cue.strip();
        int at = 0;
        while (at < rest.length()) {
            char c = rest.charAt(at);
            if (c == ' ') {
                at++;
                continue;
            }
            if (c == '[') {
                int close = rest.indexOf(']', at);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' in cue: " + cue);
                }
                elements.add(Arrays.stream(rest.substring(at + 1, close).split("\\|", -1))
                        .map(String::strip)
                        .toList());
                at = close + 1;
            } else {
                int end = rest.indexOf(' ', at);
                end = end < 0 ? rest.length() : end;
                elements.add(List.of(rest.substring(at, end)));
                at = end;
            }
        }
        return elements;
    }

    /** Whether the cue must open the question. */
    static boolean anchored(String cue) {
        return cue.startsWith("^");
    }

    /** A pattern that finds the cue as whole words in a question folded by {@code TextFolding.foldWords}. */
    static Pattern compile(String cue) {
        return compile(cue, List.of());
    }

    /**
     * As {@link #compile(String)}, a cue that must open the question also matching after any of
     * {@code openers}, the words a question may begin with before it asks ("so why did it fail?"):
     * folded words, as their list was checked to hold when it was read.
     */
    static Pattern compile(String cue, List<String> openers) {
        check(cue, FOLDED_WORD, FOLDED_KIND);
        return pattern(cue, openers);
    }

    /** The cue compiled as {@link #compile(String, List)} does, with the words it cannot match without. */
    static Cue cue(String cue, List<String> openers) {
        return new Cue(compile(cue, openers), neededWords(cue));
    }

    /**
     * The words one of which any match of the cue holds: the first word of each choice of the cue's
     * first element that is neither optional nor a wildcard. None when there is no such element.
     */
    private static Set<String> neededWords(String cue) {
        for (List<String> choices : elements(cue)) {
            List<String> firstWords =
                    choices.stream().map(choice -> choice.strip().split(" ")[0]).toList();
            boolean usable = firstWords.stream().noneMatch(word -> word.isEmpty() || WILDCARDS.contains(word));
            if (usable) {
                return Set.copyOf(firstWords);
            }
        }
        return Set.of();
    }

    /**
     * A pattern that finds a cue written with its diacritics in text made by {@code
     * TextFolding.lowerWords}: for the knowledge's own sentences, which always carry them.
     */
    static Pattern compileWritten(String cue) {
        check(cue, WRITTEN_WORD, "a lower-case word");
        return pattern(cue, List.of());
    }

    /**
     * The cue as one pattern that keeps its choices as groups: expanded into every phrase it stands
     * for, a cue of four choices of eight words was an alternation of thousands of phrases, tried at
     * every position of every sentence an answer considers.
     */
    private static Pattern pattern(String cue, List<String> openers) {
        StringBuilder body = new StringBuilder();
        // An optional opening word carries its own space ("[duoc|] hieu"): the word after it is
        // written as the first until a word that must be there is.
        boolean first = true;
        for (List<String> choices : elements(cue)) {
            List<String> words = choices.stream()
                    .filter(choice -> !choice.isEmpty())
                    .map(choice ->
                            choice.replace("*", ".*").replace("#", "\\d+").replace("_", "[\\p{L}\\p{N}]+"))
                    .toList();
            String group = words.size() == 1 ? words.get(0) : "(?:" + String.join("|", words) + ")";
            boolean optional = words.size() < choices.size();
            if (optional) {
                body.append(first ? "(?:" + group + " )?" : "(?: " + group + ")?");
            } else {
                body.append(first ? group : " " + group);
                first = false;
            }
        }
        String whole = "(?:" + body + ")(?![\\p{L}\\p{N}])";
        if (!anchored(cue)) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + whole);
        }
        String opening = openers.isEmpty() ? "" : "(?:(?:" + String.join("|", openers) + ") )*";
        return Pattern.compile("^" + opening + whole);
    }
}
