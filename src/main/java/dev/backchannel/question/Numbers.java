package dev.backchannel.question;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Numbers and years among a question's words and in a passage's text. */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]\\d\\d|20\\d\\d)(?!\\d)");
    /**
     * A decade, written as its first year: "the 1980s", "the 1980's", "thập niên 1980" (also without
     * diacritics).
     */
    private static final Pattern DECADE = Pattern.compile(
            "(?iu)(?<!\\d)(1[89]\\d0|20\\d0)(?:'?s\\b)|(?:thập niên|thap nien)\\s+(1[89]\\d0|20\\d0)(?!\\d)");

    private Numbers() {}

    public static boolean isNumber(String term) {
        return NUMBER.matcher(term).matches();
    }

    public static boolean isYear(String term) {
        return YEAR.matcher(term).matches();
    }

    /** The first years of the decades a text names ("1980" for "the 1980s"). */
    public static Set<String> decadesIn(String text) {
        return DECADE.matcher(text)
                .results()
                .map(match -> match.group(1) != null ? match.group(1) : match.group(2))
                .collect(Collectors.toSet());
    }

    /** Whether a year falls in the decade that begins with {@code decade}. */
    public static boolean inDecade(String year, String decade) {
        return year.length() == 4 && year.regionMatches(0, decade, 0, 3);
    }

    /** The years a text mentions. */
    public static Set<String> yearsIn(String text) {
        return YEAR.matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
