package dev.backchannel.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One knowledge file: a topic in one language, validated.
 *
 * @param period when a case took place, for the timeline
 * @param track the id of the track a case exemplifies, a topic of kind track
 */
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
        Optional<Period> period,
        Optional<String> track,
        Path file) {

    public Topic {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }

    /** A topic with no place on the timeline: a track, a term, or a case written without one. */
    public Topic(
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
        this(
                id,
                language,
                kind,
                title,
                aliases,
                summary,
                related,
                tags,
                sources,
                sections,
                Optional.empty(),
                Optional.empty(),
                file);
    }

    public String firstUrl() {
        return sources.isEmpty() ? "" : sources.get(0).url();
    }
}
