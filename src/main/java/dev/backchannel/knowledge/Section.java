package dev.backchannel.knowledge;

/**
 * One {@code ##} section of a topic's body.
 *
 * @param line the 1-based line of the heading in the file, for error messages
 */
public record Section(String heading, String slug, String text, int line) {}
