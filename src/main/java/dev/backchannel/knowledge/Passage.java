package dev.backchannel.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit that is indexed, retrieved and cited: a section, or part of a long one.
 *
 * @param id stable id, {@code <topic>#<section-slug>} plus {@code -n} when a section was split
 * @param questions the questions its section answers, as students ask them: searched and used to
 *     tell which passage answers a question, never quoted
 * @param notedBy who added it, by name, when it comes from a server's own course notes; empty for
 *     the curated knowledge base
 */
public record Passage(
        String id,
        String topicId,
        Language language,
        Kind kind,
        String title,
        String section,
        String text,
        List<String> urls,
        List<String> questions,
        String notedBy) {

    /** The {@code -n} a split section's passages end with. */
    private static final Pattern PART = Pattern.compile("-(\\d+)$");

    public Passage {
        urls = List.copyOf(urls);
        questions = List.copyOf(questions);
    }

    /** A passage of the curated knowledge base. */
    public Passage(
            String id,
            String topicId,
            Language language,
            Kind kind,
            String title,
            String section,
            String text,
            List<String> urls,
            List<String> questions) {
        this(id, topicId, language, kind, title, section, text, urls, questions, "");
    }

    /** Whether it comes from a server's course notes rather than the curated knowledge base. */
    public boolean isCourseNote() {
        return !notedBy.isEmpty();
    }

    /** Unique across languages: both language versions of a topic share passage ids. */
    public String key() {
        return language.code() + ":" + id;
    }

    /** The slug of the section this passage comes from, without the {@code -n} of a split section. */
    public String sectionSlug() {
        return id.substring(id.indexOf('#') + 1).replaceFirst(PART.pattern(), "");
    }

    /** The key of its section's first passage, when the section was split and this is a later part. */
    public Optional<String> sectionOpeningKey() {
        Matcher part = PART.matcher(id);
        if (!part.find() || part.group(1).equals("1")) {
            return Optional.empty();
        }
        return Optional.of(language.code() + ":" + id.substring(0, part.start()) + "-1");
    }

    public String firstUrl() {
        return urls.isEmpty() ? "" : urls.get(0);
    }
}
