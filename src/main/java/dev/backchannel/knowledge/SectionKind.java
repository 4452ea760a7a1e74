package dev.backchannel.knowledge;

import java.util.Map;
import java.util.Set;

/**
 * One of the standard sections of a topic ("Definition", "Why this channel"), with its heading
 * in each language.
 *
 * @param name the kind's name, used by other data files to refer to it
 * @param topicKinds the kinds of topic that have this section
 */
public record SectionKind(String name, Set<Kind> topicKinds, Map<Language, String> headings) {

  public SectionKind {
    topicKinds = Set.copyOf(topicKinds);
    headings = Map.copyOf(headings);
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
