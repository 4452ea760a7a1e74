package dev.backchannel.store;

/**
 * A numbered source of a stored answer, with the passage text as it was cited, so a transcript or
 * the Sources button shows it even after the knowledge base has changed.
 */
public record CitedSource(int n, String title, String section, String url, String excerpt) {}
