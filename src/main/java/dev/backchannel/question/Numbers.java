package dev.backchannel.question;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Numbers and years among a question's words and in a passage's text. */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]\\d\\d|20\\d\\d)(?!\\d)");

    private Numbers() {}

    public static boolean isNumber(String term) {
        return NUMBER.matcher(term).matches();
    }

    public static boolean isYear(String term) {
        return YEAR.matcher(term).matches();
    }

    /** The years a text mentions. */
    public static Set<String> yearsIn(String text) {
        return YEAR.matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
