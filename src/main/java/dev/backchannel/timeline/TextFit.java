package dev.backchannel.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Breaks text into lines of a width, between words, shortening the last line with "…" when it runs out. */
final class TextFit {

    private static final String ELLIPSIS = "\u2026";

    private final TextMeasure measure;

    TextFit(TextMeasure measure) {
        this.measure = measure;
    }

    /** Text broken into lines; {@code shortened} when the last one lost words to fit. */
    record Fitted(List<String> lines, boolean shortened) {}

    /** At most {@code maxLines} lines of at most {@code maxWidth} pixels each. */
    List<String> lines(String text, boolean bold, int size, int maxWidth, int maxLines) {
        return fit(text, bold, size, maxWidth, maxLines).lines();
    }

    Fitted fit(String text, boolean bold, int size, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (measure.width(candidate, bold, size) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (lines.size() == maxLines - 1) {
                // The last line takes every word left and is shortened to fit.
                line.append(' ').append(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
                break;
            }
            lines.add(shortened(line.toString(), bold, size, maxWidth));
            line.setLength(0);
            line.append(words[i]);
        }
        lines.add(shortened(line.toString(), bold, size, maxWidth));
        boolean shortened = lines.stream().anyMatch(l -> l.endsWith(ELLIPSIS))
                && !text.strip().endsWith(ELLIPSIS);
        return new Fitted(List.copyOf(lines), shortened);
    }

    private String shortened(String line, boolean bold, int size, int maxWidth) {
        if (measure.width(line, bold, size) <= maxWidth) {
            return line;
        }
        String kept = line;
        while (!kept.isEmpty() && measure.width(kept + ELLIPSIS, bold, size) > maxWidth) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return kept.stripTrailing() + ELLIPSIS;
    }
}
