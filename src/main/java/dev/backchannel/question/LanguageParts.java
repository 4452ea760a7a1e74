package dev.backchannel.question;

import java.util.List;

/**
 * A question cut into its English words and the rest, each in question order.
 *
 * @param english the English words, topic names left out
 * @param rest every other word, topic names included
 */
public record LanguageParts(List<String> english, List<String> rest) {

    private static final int MIN_SWITCHED_WORDS = 3;
    private static final double MIN_SWITCHED_SHARE = 0.3;

    public LanguageParts {
        english = List.copyOf(english);
        rest = List.copyOf(rest);
    }

    /**
     * Whether the question switches to English for a clause or more, as Vietnamese students often
     * do ("giải thích giúp: why do retired presidents travel to hostile countries?"), rather than
     * borrowing a word or two.
     */
    public boolean switchesToEnglish() {
        return english.size() >= MIN_SWITCHED_WORDS
                && english.size() >= MIN_SWITCHED_SHARE * (english.size() + rest.size());
    }

    public String englishText() {
        return String.join(" ", english);
    }

    public String restText() {
        return String.join(" ", rest);
    }
}
