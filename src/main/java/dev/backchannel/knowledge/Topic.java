package dev.backchannel.knowledge;

import java.nio.file.Path;
import java.util.List;

/** One knowledge file: a topic in one language, validated. */
public record Topic(
        String id,
        Language language,
        Kind kind,
        String title,
        List<String> aliases,
        String summary,
        List<String> related,
        List<String> tags,
        List<Source> sources,
        List<Section> sections,
        Path file) {

    public Topic {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }

    public String firstUrl() {
        return sources.isEmpty() ? "" : sources.get(0).url();
    }
}
