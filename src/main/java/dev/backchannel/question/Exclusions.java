package dev.backchannel.question;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a question sets aside: "examples of sports diplomacy besides ping pong?", "forums apart
 * from Shangri-La", "ví dụ ngoài Oslo ra". Searched for, the words set aside would bring back
 * exactly the passages the asker already knows, so they are left out of the search and the
 * sentences that are about them count less. The cue phrases are the lexicon's.
 */
final class Exclusions {

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:?!])");
    /** "besides Oslo, what other ..." leaves ", what other ...". */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.;:]+");

    /** Up to the end of the clause, at most six words. */
    private final Pattern setAside;

    Exclusions(Lexicon lexicon) {
        String cues = lexicon.setAsideCues().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.setAside = Pattern.compile("(?iu)\\b(?:" + cues + ")\\s+"
                + "([^\\s,.;:?!]+(?:\\s+[^\\s,.;:?!]+){0,5}?)(?:\\s+ra\\b|\\s*(?=[,.;:?!])|\\s*$)");
    }

    /** The words the question sets aside, if it sets any aside. */
    Optional<String> setAside(String question) {
        Matcher matcher = setAside.matcher(question);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** The question without what it sets aside. */
    String without(String question) {
        String without = setAside.matcher(question).replaceAll("");
        without = SPACES.matcher(without).replaceAll(" ");
        without = SPACE_BEFORE_PUNCTUATION.matcher(without).replaceAll("$1");
        return LEADING_PUNCTUATION.matcher(without).replaceAll("").strip();
    }
}
