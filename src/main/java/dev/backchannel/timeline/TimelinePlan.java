package dev.backchannel.timeline;

import java.util.List;

/**
 * Where everything of a timeline picture goes, in pixels from its top left corner: what the
 * painter draws, and what tests check without looking at pixels.
 */
public record TimelinePlan(
        int width,
        int height,
        List<Text> title,
        List<LegendEntry> legend,
        Axis axis,
        List<Header> headers,
        List<Row> rows) {

    public TimelinePlan {
        title = List.copyOf(title);
        legend = List.copyOf(legend);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One line of text, {@code x} its left end. */
    public record Text(String text, int x, int baseline, int width, boolean bold, int size) {}

    /** A box: a bar, a swatch, a band. */
    public record Box(int left, int top, int width, int height) {
        public int right() {
            return left + width;
        }

        public int bottom() {
            return top + height;
        }
    }

    /** A track's heading: its colour's swatch and its name. */
    public record Header(String trackId, Box area, int colour, Box swatch, Text name) {}

    /**
     * One case: its bar on the time axis and its label beside it.
     *
     * @param ongoing the bar runs to the end of the axis and ends in an arrow
     */
    public record Row(
            String caseId, Box area, Box bar, boolean ongoing, int colour, boolean highlighted, List<Text> label) {
        public Row {
            label = List.copyOf(label);
        }
    }

    /** A year marked on the axis, with its label above the rows and below them. */
    public record Tick(int year, int x, Text above, Text below) {}

    /** Years {@code firstYear} to {@code lastYear} laid between x {@code left} and {@code right}. */
    public record Scale(int left, int right, int firstYear, int lastYear) {
        /** Where the start of {@code year} falls. */
        public int x(int year) {
            return left + (int) Math.round((year - firstYear) * (double) (right - left) / (lastYear - firstYear));
        }
    }

    /** The time axis, its lines at y {@code top} and {@code bottom} framing the rows. */
    public record Axis(Scale scale, int top, int bottom, List<Tick> ticks, Text name) {
        public Axis {
            ticks = List.copyOf(ticks);
        }
    }

    /** What a mark in the picture means. */
    public enum Mark {
        ONGOING,
        HIGHLIGHTED
    }

    public record LegendEntry(Mark mark, Box box, Text text) {}
}
