package dev.backchannel.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a text file shipped on the class path: word lists, section kinds, cue phrases. */
public final class ResourceLines {

    /** A line that holds an entry, stripped, with its 1-based number for error messages. */
    public record Entry(int line, String text) {}

    private ResourceLines() {}

    /** The entries of a data file: every line but blank ones and {@code #} comments. */
    public static List<Entry> entries(String resource) {
        List<String> lines = of(resource);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                entries.add(new Entry(i + 1, text));
            }
        }
        return entries;
    }

    private static List<String> of(String resource) {
        try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
    }
}
