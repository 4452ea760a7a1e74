package dev.backchannel.knowledge;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One of the standard sections of a topic ("Definition", "Why this channel"), with its heading
 * in each language.
 *
 * @param name the kind's name, used by other data files to refer to it
 * @param topicKinds the kinds of topic that have this section
 * @param lengths the words (English) or syllables (Vietnamese) the section may have, by language;
 *     none for a section of any length
 */
public record SectionKind(
        String name, Set<Kind> topicKinds, Map<Language, String> headings, Map<Language, Length> lengths) {

    /** A range of words, inclusive. */
    public record Length(int min, int max) {
        public boolean admits(int words) {
            return words >= min && words <= max;
        }
    }

    public SectionKind {
        topicKinds = Set.copyOf(topicKinds);
        headings = Map.copyOf(headings);
        lengths = Map.copyOf(lengths);
    }

    public Optional<Length> length(Language language) {
        return Optional.ofNullable(lengths.get(language));
    }

    public String heading(Language language) {
        return headings.get(language);
    }

    /** The section's slug in one language, as passage ids carry it. */
    public String slug(Language language) {
        return TextFolding.slug(heading(language));
    }

    /** The slugs of the section in every language. */
    public Set<String> slugs() {
        return Set.of(slug(Language.EN), slug(Language.VI));
    }
}
