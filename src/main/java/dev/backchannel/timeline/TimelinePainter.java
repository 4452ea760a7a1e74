package dev.backchannel.timeline;

import dev.backchannel.timeline.TimelinePlan.Box;
import dev.backchannel.timeline.TimelinePlan.Header;
import dev.backchannel.timeline.TimelinePlan.LegendEntry;
import dev.backchannel.timeline.TimelinePlan.Row;
import dev.backchannel.timeline.TimelinePlan.Text;
import dev.backchannel.timeline.TimelinePlan.Tick;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Draws a planned timeline with Java2D into an image, off screen. */
public final class TimelinePainter {

    private static final int ARROW = 14;
    private static final int CORNER = 6;

    private final TimelineStyle style;
    private final TimelineFonts fonts;

    public TimelinePainter(TimelineStyle style, TimelineFonts fonts) {
        this.style = style;
        this.fonts = fonts;
    }

    public BufferedImage paint(TimelinePlan plan) {
        BufferedImage image = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // The same hints the layout measured text with.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(style.background());
            g.fillRect(0, 0, plan.width(), plan.height());
            for (Row row : plan.rows()) {
                if (row.highlighted()) {
                    fill(g, row.area(), style.highlight());
                }
            }
            axis(g, plan.axis());
            plan.title().forEach(text -> draw(g, text, style.text()));
            plan.legend().forEach(entry -> legend(g, entry));
            for (Header header : plan.headers()) {
                g.setColor(style.colour(header.colour()));
                Box swatch = header.swatch();
                g.fillRoundRect(swatch.left(), swatch.top(), swatch.width(), swatch.height(), CORNER, CORNER);
                draw(g, header.name(), style.text());
            }
            for (Row row : plan.rows()) {
                bar(g, row.bar(), row.ongoing(), style.colour(row.colour()), row.highlighted());
                row.label().forEach(text -> draw(g, text, style.text()));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void axis(Graphics2D g, TimelinePlan.Axis axis) {
        g.setStroke(new BasicStroke(1.5f));
        for (Tick tick : axis.ticks()) {
            g.setColor(style.grid());
            g.drawLine(tick.x(), axis.top(), tick.x(), axis.bottom());
            draw(g, tick.above(), style.muted());
            draw(g, tick.below(), style.muted());
        }
        g.setColor(style.muted());
        g.setStroke(new BasicStroke(2f));
        g.drawLine(axis.scale().left(), axis.top(), axis.scale().right(), axis.top());
        g.drawLine(axis.scale().left(), axis.bottom(), axis.scale().right(), axis.bottom());
        for (Tick tick : axis.ticks()) {
            g.drawLine(tick.x(), axis.top() - 6, tick.x(), axis.top());
            g.drawLine(tick.x(), axis.bottom(), tick.x(), axis.bottom() + 6);
        }
        draw(g, axis.name(), style.muted());
    }

    private void legend(Graphics2D g, LegendEntry entry) {
        switch (entry.mark()) {
            case ONGOING -> bar(g, entry.box(), true, style.muted(), false);
            case HIGHLIGHTED -> {
                fill(g, entry.box(), style.highlight());
                g.setColor(style.muted());
                g.setStroke(new BasicStroke(1f));
                Box box = entry.box();
                g.drawRect(box.left(), box.top(), box.width(), box.height());
            }
        }
        draw(g, entry.text(), style.text());
    }

    /** A bar; one still going on ends in an arrow at the end of the axis; the highlighted one is outlined. */
    private void bar(Graphics2D g, Box bar, boolean ongoing, Color colour, boolean highlighted) {
        g.setColor(colour);
        int body = ongoing ? Math.max(CORNER, bar.width() - ARROW) : bar.width();
        g.fillRoundRect(bar.left(), bar.top(), body, bar.height(), CORNER, CORNER);
        if (ongoing) {
            int middle = bar.top() + bar.height() / 2;
            int[] xs = {bar.right() - ARROW, bar.right(), bar.right() - ARROW};
            int[] ys = {bar.top() - 5, middle, bar.bottom() + 5};
            g.fillPolygon(new Polygon(xs, ys, 3));
        }
        if (highlighted) {
            g.setColor(style.text());
            g.setStroke(new BasicStroke(2.5f));
            g.drawRoundRect(bar.left() - 2, bar.top() - 2, body + 4, bar.height() + 4, CORNER, CORNER);
        }
    }

    private static void fill(Graphics2D g, Box box, Color colour) {
        g.setColor(colour);
        g.fillRect(box.left(), box.top(), box.width(), box.height());
    }

    private void draw(Graphics2D g, Text text, Color colour) {
        g.setColor(colour);
        g.setFont(fonts.font(text.bold(), text.size()));
        g.drawString(text.text(), text.x(), text.baseline());
    }
}
