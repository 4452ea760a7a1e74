package dev.backchannel.quiz;

/**
 * A text with names hidden behind {@link Masking#HIDDEN}.
 *
 * @param hiddenWords how many of the text's words the gaps hide
 */
record Masked(String text, int hiddenWords) {}
