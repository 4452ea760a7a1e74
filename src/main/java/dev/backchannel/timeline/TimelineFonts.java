package dev.backchannel.timeline;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts the picture is drawn in, shipped with Backchannel (DejaVu Sans, regular and bold) so
 * that a machine without fonts draws it, and draws every Vietnamese letter with its diacritics.
 */
public final class TimelineFonts implements TextMeasure {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    /** DejaVu's capitals with two stacked diacritics ("Ễ") reach about this far above the baseline. */
    private static final double ASCENT = 1.08;

    private static final double LINE_HEIGHT = 1.3;

    private final Font regular;
    private final Font bold;
    /** Antialiased, with fractional metrics: the painter draws with the same hints. */
    private final FontRenderContext context = new FontRenderContext(null, true, true);

    public TimelineFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The shipped fonts, read from the class path. */
    public static TimelineFonts shipped() {
        return new TimelineFonts(read(REGULAR), read(BOLD));
    }

    private static Font read(String resource) {
        try (InputStream in = TimelineFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is not a TrueType font", e);
        }
    }

    public Font font(boolean isBold, int size) {
        return (isBold ? bold : regular).deriveFont((float) size);
    }

    /** The index of the first character the font has no glyph for, or -1 when it can draw them all. */
    public int cannotDisplayFrom(String text, boolean isBold) {
        return (isBold ? bold : regular).canDisplayUpTo(text);
    }

    @Override
    public int width(String text, boolean isBold, int size) {
        return (int) Math.ceil(font(isBold, size).getStringBounds(text, context).getWidth());
    }

    @Override
    public int ascent(int size) {
        return (int) Math.ceil(size * ASCENT);
    }

    @Override
    public int lineHeight(int size) {
        return (int) Math.ceil(size * LINE_HEIGHT);
    }
}
