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

    /** An entry written {@code name: value}, both stripped. */
    public record Named(int line, String name, String value) {}

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

    /**
     * The entries of a data file written {@code name: value}, one a line; a line without a name or
     * a value stops loading with the file and line.
     */
    public static List<Named> named(String resource) {
        List<Named> named = new ArrayList<>();
        for (Entry entry : entries(resource)) {
            int colon = entry.text().indexOf(':');
            if (colon <= 0 || entry.text().substring(colon + 1).isBlank()) {
                throw new IllegalStateException(resource + ":" + entry.line() + ": expected 'name: value'");
            }
            named.add(new Named(
                    entry.line(),
                    entry.text().substring(0, colon).strip(),
                    entry.text().substring(colon + 1).strip()));
        }
        return named;
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
