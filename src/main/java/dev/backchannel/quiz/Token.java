package dev.backchannel.quiz;

/**
 * A word of a text and where it stands.
 *
 * @param key the form words are compared in: folded, without apostrophes, an English plural's
 *     "s" taken off, so "Hà Nội" matches "ha noi" and "channels" matches "channel"
 * @param start the index of its first character in the text
 * @param end the index after its last character
 */
record Token(String text, String key, int start, int end) {}
