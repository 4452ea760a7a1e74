package dev.backchannel.store;

/**
 * A numbered source of a stored answer, with the passage text as it was cited, so a transcript or
 * the Sources button shows it even after the knowledge base has changed.
 *
 * @param notedBy who added it, for a passage of a server's course notes; empty or absent (answers
 *     stored before course notes existed) for the curated knowledge
 */
public record CitedSource(int n, String title, String section, String url, String excerpt, String notedBy) {}
