package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences. A full stop ends a sentence unless it closes an abbreviation or an
 * initial ("Joseph V. Montville", "U.S.", "e.g."), which would otherwise cut a quoted sentence in
 * the middle of a name.
 */
public final class Sentences {

    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[.!?…])[\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\p{N}])");
    // A line break after a sentence ends a block too: the paragraph written on the line after a
    // list's last item is not part of that item.
    private static final Pattern BLOCK_BREAK =
            Pattern.compile("\\n\\s*\\n|\\n(?=\\s*(?:[-*+]|\\d+[.)])\\s)|(?<=[.;!?])\\n");
    /** "V" of "Joseph V. Montville", "J.C" of "J.C. Hall": what is left of a name's initials. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");
    /** Words a Roman numeral follows: "Track I", "nhánh I", "World War I". */
    private static final Set<String> NUMBERED = Set.of("track", "nhánh", "kênh", "war");

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no",
            "vol", "ed", "eds", "p", "pp", "gen", "col", "lt", "sen", "rep", "gov", "ths", "ts", "gs", "pgs", "tp",
            "d.c", "inc", "co", "corp", "ca", "c", "cf", "fig", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
            "nov", "dec");

    private Sentences() {}

    /**
     * A sentence and where it stands: in which paragraph or list item ({@code block}, counted from
     * 0), and whether that block is a list item.
     */
    public record Sentence(String text, int block, boolean listItem) {}

    /** Sentences of a text in which blank lines and list items also end a sentence. */
    public static List<String> split(String text) {
        return marked(text).stream().map(Sentence::text).toList();
    }

    /** The same sentences, each with its block, so that the items of a list can be told apart. */
    public static List<Sentence> marked(String text) {
        List<Sentence> sentences = new ArrayList<>();
        String[] blocks = BLOCK_BREAK.split(text);
        for (int block = 0; block < blocks.length; block++) {
            Matcher marker = LIST_MARKER.matcher(blocks[block]);
            boolean listItem = marker.lookingAt();
            for (String sentence : splitProse(listItem ? blocks[block].substring(marker.end()) : blocks[block])) {
                sentences.add(new Sentence(sentence, block, listItem));
            }
        }
        return sentences;
    }

    private static List<String> splitProse(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        List<String> sentences = new ArrayList<>();
        if (flat.isEmpty()) {
            return sentences;
        }
        Matcher matcher = BOUNDARY.matcher(flat);
        int start = 0;
        while (matcher.find()) {
            String candidate = flat.substring(start, matcher.start()).trim();
            if (endsWithAbbreviation(candidate)) {
                continue;
            }
            sentences.add(flat.substring(start, matcher.end()).trim());
            start = matcher.end();
        }
        String rest = flat.substring(start).trim();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        if (!sentence.endsWith(".")) {
            return false;
        }
        int space = sentence.lastIndexOf(' ');
        String word = sentence.substring(space + 1, sentence.length() - 1);
        String bare = word.replaceAll("^[\"'“‘(\\[]+", "");
        if (INITIALS.matcher(bare).matches()) {
            // "Track I." ends a sentence: after a track, "I" is a number, not an initial.
            String before = sentence.substring(0, Math.max(0, space)).trim();
            String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            return !NUMBERED.contains(previous);
        }
        return ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
    }

    /** The words of a text, separated by white space; counted, not split, as every passage's checks call it. */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The white space of the regular expression \s that this count replaced.
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
