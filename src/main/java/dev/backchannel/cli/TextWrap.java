package dev.backchannel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Breaks text into lines no wider than a terminal, between words: left to the terminal, a 700
 * character answer is cut inside words at every edge.
 */
final class TextWrap {

    /** Lines wider than this are hard to read, however wide the terminal. */
    static final int MAX_WIDTH = 100;

    /** The width when the output is not a terminal, or one that does not say. */
    static final int DEFAULT_WIDTH = 80;

    private static final Pattern CITATION = Pattern.compile("\\[\\d+(,\\d+)*\\][.,;:]?");

    private TextWrap() {}

    /**
     * The text with each of its lines broken at the last space that fits {@code width}; a word
     * longer than the width gets a line of its own. A width of 0 or less leaves the text as it is.
     */
    static String wrap(String text, int width) {
        if (width <= 0) {
            return text;
        }
        StringBuilder wrapped = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                wrapped.append('\n');
            }
            wrapLine(lines[i], width, wrapped);
        }
        return wrapped.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder wrapped) {
        int column = 0;
        for (String word : words(line)) {
            if (column > 0 && column + 1 + word.length() > width) {
                wrapped.append('\n');
                column = 0;
            } else if (column > 0) {
                wrapped.append(' ');
                column++;
            }
            wrapped.append(word);
            column += word.length();
        }
    }

    /** The line's words, a citation marker kept with the word before it: "[1]" never opens a line. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (CITATION.matcher(word).matches() && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The width to wrap a command's output at: the terminal's ({@code COLUMNS}) when it says, at
     * most {@link #MAX_WIDTH}; else {@link #DEFAULT_WIDTH}.
     */
    static int forStandardOutput(Map<String, String> environment) {
        try {
            int columns =
                    Integer.parseInt(environment.getOrDefault("COLUMNS", "").strip());
            return columns > 0 ? Math.min(MAX_WIDTH, columns) : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
