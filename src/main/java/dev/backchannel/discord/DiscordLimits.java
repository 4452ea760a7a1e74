package dev.backchannel.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Discord's size limits, and cutting text to them without breaking a line, a citation or a link:
 * a cut falls at the end of a line or a sentence, never inside {@code [n]} or a URL.
 */
public final class DiscordLimits {

    public static final int MESSAGE = 2000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int FIELD_VALUE = 1024;
    static final int FOOTER = 2048;
    static final int FIELDS = 25;

    private DiscordLimits() {}

    /** Lines grouped into chunks of at most {@code limit} characters; a longer line is shortened. */
    public static List<String> pack(List<String> lines, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String raw : lines) {
            String line = raw.length() > limit ? shorten(raw, limit) : raw;
            if (chunk.length() > 0 && chunk.length() + 1 + line.length() > limit) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append('\n');
            }
            chunk.append(line);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    /**
     * Text cut to {@code limit} characters at the last sentence end (after a citation marker) or
     * space that leaves no marker or link open, with an ellipsis.
     */
    public static String shorten(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int room = limit - 1;
        int cut = Math.max(text.lastIndexOf("] ", room - 1) + 1, 0);
        if (cut <= 0) {
            cut = text.lastIndexOf(' ', room);
        }
        while (cut > 0 && insideMarkerOrLink(text, cut)) {
            cut = text.lastIndexOf(' ', cut - 1);
        }
        if (cut <= 0) {
            cut = room;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static boolean insideMarkerOrLink(String text, int cut) {
        int open = text.lastIndexOf('[', cut - 1);
        int close = text.lastIndexOf(']', cut - 1);
        if (open > close) {
            return true;
        }
        int paren = text.lastIndexOf("](", cut - 1);
        return paren >= 0 && text.indexOf(')', paren) >= cut;
    }
}
