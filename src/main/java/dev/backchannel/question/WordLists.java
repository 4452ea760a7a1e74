package dev.backchannel.question;

import dev.backchannel.knowledge.ResourceLines;
import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the lexicon's text files from the class path: one entry a line, {@code #} comments and
 * blank lines skipped. A duplicate, or an entry of a folded list that is not already folded, is
 * a mistake in the data and stops loading with the file and line.
 */
final class WordLists {

    private WordLists() {}

    /** Entries of a list matched against folded text: each must fold to itself. */
    static List<String> folded(String resource) {
        List<String> entries = exact(resource);
        for (String entry : entries) {
            if (!TextFolding.foldWords(entry).equals(entry)) {
                throw new IllegalStateException(resource + ": '" + entry + "' is not folded (write it as '"
                        + TextFolding.foldWords(entry) + "')");
            }
        }
        return entries;
    }

    /** Entries as written, lower case, in file order. */
    static List<String> exact(String resource) {
        List<String> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResourceLines.Entry line : ResourceLines.entries(resource)) {
            int number = line.line();
            String entry = line.text();
            if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(resource + ":" + number + ": '" + entry + "' must be lower case");
            }
            if (!seen.add(entry)) {
                throw new IllegalStateException(resource + ":" + number + ": '" + entry + "' is listed twice");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    /**
     * A cue file: groups of cue phrases under {@code @name} lines, by name in file order. Each cue is
     * checked by {@link CuePhrases#expand}.
     */
    static Map<String, List<String>> grouped(String resource) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        Set<String> seen = new HashSet<>();
        for (ResourceLines.Entry line : ResourceLines.entries(resource)) {
            int number = line.line();
            String entry = line.text();
            if (entry.startsWith("@")) {
                current = new ArrayList<>();
                if (groups.put(entry.substring(1).strip(), current) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": group " + entry + " appears twice");
                }
                continue;
            }
            if (current == null) {
                throw new IllegalStateException(resource + ":" + number + ": a cue before the first @group line");
            }
            if (!seen.add(entry)) {
                throw new IllegalStateException(resource + ":" + number + ": '" + entry + "' is listed twice");
            }
            try {
                CuePhrases.expand(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
            }
            current.add(entry);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        groups.forEach((name, cues) -> frozen.put(name, List.copyOf(cues)));
        return frozen;
    }

    /** Cue phrases of an ungrouped cue file, each checked. */
    static List<String> cues(String resource) {
        return checked(resource, CuePhrases::expand);
    }

    /** Cue phrases written with their diacritics, each checked; see {@link CuePhrases#compileWritten}. */
    static List<String> writtenCues(String resource) {
        return checked(resource, CuePhrases::compileWritten);
    }

    private static List<String> checked(String resource, Consumer<String> check) {
        List<String> cues = exact(resource);
        for (String cue : cues) {
            try {
                check.accept(cue);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }
        return cues;
    }
}
