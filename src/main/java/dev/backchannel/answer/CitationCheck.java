package dev.backchannel.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the passages it was given: a marker [n] must name one of them.
 * Unknown markers are removed; what is left says whether the answer still cites anything.
 */
final class CitationCheck {

    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern GROUPED = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})+)]");

    /** The answer without invalid markers, the passage numbers it cites, and how many were removed. */
    record Result(String text, Set<Integer> cited, int removed) {}

    private CitationCheck() {}

    static Result check(String answer, int passages) {
        // "[1, 2]" is written as "[1][2]" so that each number is checked and displayed the same way.
        String text = GROUPED.matcher(answer).replaceAll(m -> {
            StringBuilder split = new StringBuilder();
            for (String n : m.group(1).split(",")) {
                split.append('[').append(n.strip()).append(']');
            }
            return Matcher.quoteReplacement(split.toString());
        });
        Set<Integer> cited = new LinkedHashSet<>();
        int[] removed = {0};
        text = MARKER.matcher(text).replaceAll(m -> {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= passages) {
                cited.add(n);
                return Matcher.quoteReplacement(m.group());
            }
            removed[0]++;
            return "";
        });
        text = text.replaceAll("[ \\t]+([.,;:!?])", "$1")
                .replaceAll("[ \\t]{2,}", " ")
                .strip();
        return new Result(text, cited, removed[0]);
    }
}
