package dev.backchannel.timeline;

/** How much room text takes in the picture's fonts, so the layout can place it without drawing. */
public interface TextMeasure {

    /** The advance width of {@code text} in pixels. */
    int width(String text, boolean bold, int size);

    /** From the top of a line to its baseline: room for Vietnamese stacked diacritics above capitals. */
    int ascent(int size);

    /** From one baseline to the next. */
    int lineHeight(int size);
}
