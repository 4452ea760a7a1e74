package dev.backchannel.knowledge;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a case took place, in whole years: one year ({@code "1993"}), a span ({@code
 * "1969-1973"}), or a start that is still going on ({@code "1957-"}).
 *
 * @param last the last year, equal to {@code first} for one year; empty while it goes on
 */
public record Period(int first, OptionalInt last) {

    /** What an author writes, in the words of an error message. */
    public static final String FORMS =
            "one year (\"1993\"), a span (\"1969-1973\") or a start still going on (\"1957-\")";

    // An en dash is accepted as well: the titles write their spans with one.
    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*([-\u2013])\\s*(\\d{4})?)?");

    public Period {
        if (last.isPresent() && last.getAsInt() < first) {
            throw new IllegalArgumentException("a period ends before it begins: " + first + "-" + last.getAsInt());
        }
    }

    public static Period year(int year) {
        return new Period(year, OptionalInt.of(year));
    }

    public static Period span(int first, int last) {
        return new Period(first, OptionalInt.of(last));
    }

    public static Period since(int first) {
        return new Period(first, OptionalInt.empty());
    }

    /** The period a front-matter value writes, if it is one of the {@link #FORMS}. */
    public static Optional<Period> parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return Optional.of(year(first));
        }
        if (matcher.group(3) == null) {
            return Optional.of(since(first));
        }
        int last = Integer.parseInt(matcher.group(3));
        return last < first ? Optional.empty() : Optional.of(span(first, last));
    }

    public boolean ongoing() {
        return last.isEmpty();
    }

    /** The latest year the period names: its last year, or its first while it goes on. */
    public int latestNamedYear() {
        return last.orElse(first);
    }

    /** As a reader sees it: "1993", "1969–1973", or "1957–" followed by the word for the present. */
    public String display(String present) {
        if (ongoing()) {
            return first + "\u2013" + present;
        }
        return last.getAsInt() == first ? String.valueOf(first) : first + "\u2013" + last.getAsInt();
    }

    /** As the front matter writes it. */
    public String code() {
        if (ongoing()) {
            return first + "-";
        }
        return last.getAsInt() == first ? String.valueOf(first) : first + "-" + last.getAsInt();
    }
}
