package dev.backchannel.timeline;

import dev.backchannel.knowledge.ResourceLines;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The sizes and colours of the timeline picture, read once from {@code timeline/style.txt} and
 * checked: every text stays readable at Discord's preview size.
 */
public record TimelineStyle(
        int width,
        int previewWidth,
        int minPreviewText,
        int margin,
        int titleSize,
        int headerSize,
        int labelSize,
        int axisSize,
        int rowHeight,
        int headerHeight,
        int barHeight,
        int labelGap,
        int labelLines,
        List<Integer> tickSteps,
        int maxTicks,
        List<Color> palette,
        Color text,
        Color muted,
        Color grid,
        Color background,
        Color highlight) {

    private static final String RESOURCE = "timeline/style.txt";

    public TimelineStyle {
        tickSteps = List.copyOf(tickSteps);
        palette = List.copyOf(palette);
        int smallest =
                IntStream.of(titleSize, headerSize, labelSize, axisSize).min().orElseThrow();
        if (smallest * previewWidth < minPreviewText * width) {
            throw new IllegalStateException(RESOURCE + ": text of " + smallest + " px in a picture " + width
                    + " px wide shows under " + minPreviewText + " px at Discord's " + previewWidth + " px preview");
        }
        if (palette.isEmpty() || tickSteps.isEmpty() || labelLines < 1) {
            throw new IllegalStateException(RESOURCE + ": palette, tick-steps and label-lines need a value");
        }
        int tallestText = IntStream.of(labelSize, headerSize).max().orElseThrow();
        if (rowHeight < tallestText || headerHeight < headerSize || barHeight >= rowHeight) {
            throw new IllegalStateException(RESOURCE + ": rows must be taller than their text and their bars");
        }
    }

    /** How large the smallest text of the picture shows in Discord's preview, in pixels. */
    public double smallestPreviewText() {
        int smallest =
                IntStream.of(titleSize, headerSize, labelSize, axisSize).min().orElseThrow();
        return smallest * (double) previewWidth / width;
    }

    /** A track's colour by its place among the tracks, the palette starting over when it runs out. */
    public Color colour(int index) {
        return palette.get(index % palette.size());
    }

    public static TimelineStyle shipped() {
        Map<String, String> values = new HashMap<>();
        for (ResourceLines.Named named : ResourceLines.named(RESOURCE)) {
            if (values.put(named.name(), named.value()) != null) {
                throw new IllegalStateException(
                        RESOURCE + ":" + named.line() + ": '" + named.name() + "' appears twice");
            }
        }
        Values read = new Values(values);
        TimelineStyle style = new TimelineStyle(
                read.number("width"),
                read.number("preview-width"),
                read.number("min-preview-text"),
                read.number("margin"),
                read.number("title-size"),
                read.number("header-size"),
                read.number("label-size"),
                read.number("axis-size"),
                read.number("row-height"),
                read.number("header-height"),
                read.number("bar-height"),
                read.number("label-gap"),
                read.number("label-lines"),
                read.numbers("tick-steps"),
                read.number("max-ticks"),
                read.colours("palette"),
                read.colour("text"),
                read.colour("muted"),
                read.colour("grid"),
                read.colour("background"),
                read.colour("highlight"));
        read.requireAllUsed();
        return style;
    }

    /** The file's values, each converted once; a value missing, malformed or unused is an error. */
    private static final class Values {
        private final Map<String, String> values;
        private final List<String> used = new ArrayList<>();

        Values(Map<String, String> values) {
            this.values = values;
        }

        private String text(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException(RESOURCE + ": no '" + name + "'");
            }
            used.add(name);
            return value;
        }

        int number(String name) {
            return positive(name, text(name));
        }

        List<Integer> numbers(String name) {
            return Arrays.stream(text(name).split("\\s+"))
                    .map(word -> positive(name, word))
                    .toList();
        }

        private static int positive(String name, String value) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below, with the value.
            }
            throw new IllegalStateException(RESOURCE + ": '" + name + "' must be positive whole numbers: " + value);
        }

        Color colour(String name) {
            return parse(name, text(name));
        }

        List<Color> colours(String name) {
            return Arrays.stream(text(name).split("\\s+"))
                    .map(word -> parse(name, word))
                    .toList();
        }

        private static Color parse(String name, String value) {
            if (!value.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalStateException(RESOURCE + ": '" + name + "' must be colours like #1A202C: " + value);
            }
            return new Color(Integer.parseInt(value.substring(1), 16));
        }

        void requireAllUsed() {
            for (String name : values.keySet()) {
                if (!used.contains(name)) {
                    throw new IllegalStateException(RESOURCE + ": unknown setting '" + name + "'");
                }
            }
        }
    }
}
