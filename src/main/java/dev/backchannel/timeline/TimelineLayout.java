package dev.backchannel.timeline;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Period;
import dev.backchannel.timeline.TimelinePlan.Axis;
import dev.backchannel.timeline.TimelinePlan.Box;
import dev.backchannel.timeline.TimelinePlan.Header;
import dev.backchannel.timeline.TimelinePlan.LegendEntry;
import dev.backchannel.timeline.TimelinePlan.Mark;
import dev.backchannel.timeline.TimelinePlan.Row;
import dev.backchannel.timeline.TimelinePlan.Scale;
import dev.backchannel.timeline.TimelinePlan.Text;
import dev.backchannel.timeline.TimelinePlan.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places a timeline's cases: the title and legend, a year axis above and below, then per track a
 * heading and one row per case, its bar spanning its years and its label beside the bar on the
 * side with room, wrapped or shortened when neither side has enough.
 */
public final class TimelineLayout {

    /** Space between a block of the picture and the next. */
    private static final int GAP = 10;
    /** The legend's marks, in pixels. */
    private static final int MARK_WIDTH = 44;

    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    private final TimelineStyle style;
    private final TimelineWords words;
    private final TextMeasure measure;
    private final TextFit fit;

    public TimelineLayout(TimelineStyle style, TimelineWords words, TextMeasure measure) {
        this.style = style;
        this.words = words;
        this.measure = measure;
        this.fit = new TextFit(measure);
    }

    public TimelinePlan plan(CaseTimeline timeline) {
        Language language = timeline.language();
        int width = style.width();
        int margin = style.margin();
        int y = margin;

        List<Text> title = new ArrayList<>();
        for (String line : fit.lines(words.title(language), true, style.titleSize(), width - 2 * margin, 2)) {
            title.add(text(line, margin, y, true, style.titleSize()));
            y += measure.lineHeight(style.titleSize());
        }
        y += GAP;

        List<LegendEntry> legend = legend(timeline, margin, y);
        if (!legend.isEmpty()) {
            y += measure.lineHeight(style.axisSize()) + GAP;
        }

        Years years = years(timeline.cases());
        int tickHalf = measure.width(String.valueOf(years.last()), false, style.axisSize()) / 2 + 2;
        int left = margin + tickHalf;
        int right = width - margin - tickHalf;
        int aboveBaseline = y;
        y += measure.lineHeight(style.axisSize()) + GAP / 2;
        int axisTop = y;
        y += GAP;

        Scale scale = new Scale(left, right, years.first(), years.last());
        List<Header> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (CaseTimeline.Track track : timeline.tracks()) {
            headers.add(header(track, margin, y));
            y += style.headerHeight();
            for (CaseTimeline.Case shown : track.cases()) {
                Row row = row(shown, track.colour(), scale, language, y);
                rows.add(row);
                y = row.area().bottom();
            }
        }
        y += GAP;
        int axisBottom = y;
        y += GAP / 2;
        int belowBaseline = y;
        y += measure.lineHeight(style.axisSize());
        String axisName = words.axis(language);
        Text name = text(
                axisName,
                (left + right - measure.width(axisName, false, style.axisSize())) / 2,
                y,
                false,
                style.axisSize());
        y += measure.lineHeight(style.axisSize());

        List<Tick> ticks = new ArrayList<>();
        for (int year = years.first(); year <= years.last(); year += years.step()) {
            int x = scale.x(year);
            String label = String.valueOf(year);
            int half = measure.width(label, false, style.axisSize()) / 2;
            ticks.add(new Tick(
                    year,
                    x,
                    text(label, x - half, aboveBaseline, false, style.axisSize()),
                    text(label, x - half, belowBaseline, false, style.axisSize())));
        }
        Axis axis = new Axis(scale, axisTop, axisBottom, ticks, name);
        return new TimelinePlan(width, y + margin, title, legend, axis, headers, rows);
    }

    /** A line of text whose line box starts at {@code top}. */
    private Text text(String text, int x, int top, boolean bold, int size) {
        return new Text(text, x, top + measure.ascent(size), measure.width(text, bold, size), bold, size);
    }

    /** What the marks mean: a bar that goes on, and the highlighted case, for those the picture has. */
    private List<LegendEntry> legend(CaseTimeline timeline, int left, int top) {
        Language language = timeline.language();
        int size = style.axisSize();
        int lineHeight = measure.lineHeight(size);
        List<LegendEntry> entries = new ArrayList<>();
        int x = left;
        if (timeline.cases().stream().anyMatch(c -> c.period().ongoing())) {
            Box bar = new Box(x, top + (lineHeight - style.barHeight()) / 2, MARK_WIDTH, style.barHeight());
            Text text = text(words.ongoing(language), bar.right() + GAP, top, false, size);
            entries.add(new LegendEntry(Mark.ONGOING, bar, text));
            x = text.x() + text.width() + 3 * GAP;
        }
        if (timeline.cases().stream().anyMatch(CaseTimeline.Case::highlighted)) {
            Box band = new Box(x, top, MARK_WIDTH, lineHeight);
            entries.add(new LegendEntry(
                    Mark.HIGHLIGHTED, band, text(words.highlighted(language), band.right() + GAP, top, true, size)));
        }
        return entries;
    }

    private Header header(CaseTimeline.Track track, int x, int top) {
        int size = style.headerSize();
        int lineTop = top + (style.headerHeight() - measure.lineHeight(size)) / 2;
        int swatchSide = size * 3 / 4;
        Box swatch = new Box(x, top + (style.headerHeight() - swatchSide) / 2, swatchSide, swatchSide);
        int textLeft = swatch.right() + GAP;
        String name = fit.lines(track.title(), true, size, style.width() - style.margin() - textLeft, 1)
                .get(0);
        return new Header(
                track.id(),
                new Box(0, top, style.width(), style.headerHeight()),
                track.colour(),
                swatch,
                text(name, textLeft, lineTop, true, size));
    }

    /**
     * A case's row: the bar on the axis and its label right of it, else left of it, else wrapped on
     * the side with more room, else, when even that would cut words, above the bar.
     */
    private Row row(CaseTimeline.Case shown, int colour, Scale scale, Language language, int top) {
        Period period = shown.period();
        int barLeft = scale.x(period.first());
        int barRight = period.ongoing()
                ? scale.right()
                : Math.max(scale.x(period.last().getAsInt() + 1), barLeft + 6);
        String label = label(shown, language);
        boolean bold = shown.highlighted();
        int size = style.labelSize();
        int lineHeight = measure.lineHeight(size);
        int roomRight = style.width() - style.margin() - (barRight + style.labelGap());
        int roomLeft = barLeft - style.labelGap() - style.margin();
        int labelWidth = measure.width(label, bold, size);
        boolean onRight = labelWidth <= roomRight || (labelWidth > roomLeft && roomRight >= roomLeft);
        TextFit.Fitted beside = fit.fit(label, bold, size, Math.max(roomRight, roomLeft), style.labelLines());
        if (labelWidth > Math.max(roomRight, roomLeft) && beside.shortened()) {
            return above(shown, colour, label, barLeft, barRight, top);
        }
        List<String> lines = beside.lines();
        int height = Math.max(style.rowHeight(), lines.size() * lineHeight + GAP / 2);
        int lineTop = top + (height - lines.size() * lineHeight) / 2;
        List<Text> texts = new ArrayList<>();
        for (String line : lines) {
            int lineWidth = measure.width(line, bold, size);
            int x = onRight ? barRight + style.labelGap() : barLeft - style.labelGap() - lineWidth;
            texts.add(text(line, x, lineTop, bold, size));
            lineTop += lineHeight;
        }
        Box bar = new Box(barLeft, top + (height - style.barHeight()) / 2, barRight - barLeft, style.barHeight());
        return new Row(
                shown.id(),
                new Box(0, top, style.width(), height),
                bar,
                period.ongoing(),
                colour,
                shown.highlighted(),
                texts);
    }

    /** A row whose label stands above its bar, from the bar's start or as far right as it fits. */
    private Row above(CaseTimeline.Case shown, int colour, String label, int barLeft, int barRight, int top) {
        boolean bold = shown.highlighted();
        int size = style.labelSize();
        int lineHeight = measure.lineHeight(size);
        int right = style.width() - style.margin();
        int x = Math.max(style.margin(), Math.min(barLeft, right - measure.width(label, bold, size)));
        List<Text> texts = new ArrayList<>();
        int lineTop = top + GAP / 2;
        for (String line : fit.lines(label, bold, size, right - x, style.labelLines())) {
            texts.add(text(line, x, lineTop, bold, size));
            lineTop += lineHeight;
        }
        Box bar = new Box(barLeft, lineTop, barRight - barLeft, style.barHeight());
        int height = bar.bottom() + GAP - top;
        return new Row(
                shown.id(),
                new Box(0, top, style.width(), height),
                bar,
                shown.period().ongoing(),
                colour,
                shown.highlighted(),
                texts);
    }

    /** The case's title, with its years when the title names none. */
    private String label(CaseTimeline.Case shown, Language language) {
        if (YEAR.matcher(shown.title()).find()) {
            return shown.title();
        }
        return shown.title() + " (" + shown.period().display(words.present(language)) + ")";
    }

    /** The axis's years: whole steps from before the first case to after the last year any case names. */
    private Years years(List<CaseTimeline.Case> cases) {
        int first = cases.stream().mapToInt(c -> c.period().first()).min().orElseThrow();
        // A year is drawn as the span to the next one, and a case still going on needs room to go on.
        int end = cases.stream()
                .mapToInt(c -> c.period().latestNamedYear() + (c.period().ongoing() ? 2 : 1))
                .max()
                .orElseThrow();
        for (int step : style.tickSteps()) {
            int from = Math.floorDiv(first, step) * step;
            int to = -Math.floorDiv(-end, step) * step;
            if ((to - from) / step <= style.maxTicks()) {
                return new Years(from, to, step);
            }
        }
        int step = style.tickSteps().get(style.tickSteps().size() - 1);
        return new Years(Math.floorDiv(first, step) * step, -Math.floorDiv(-end, step) * step, step);
    }

    private record Years(int first, int last, int step) {}
}
