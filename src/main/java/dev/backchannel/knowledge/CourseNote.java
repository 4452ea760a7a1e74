package dev.backchannel.knowledge;

/**
 * A topic a server's educators added as their own course notes, beside the curated knowledge.
 *
 * @param addedBy the name of who added it, shown where it is cited
 */
public record CourseNote(Topic topic, String addedBy) {}
