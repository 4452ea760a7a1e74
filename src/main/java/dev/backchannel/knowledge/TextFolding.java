package dev.backchannel.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text the way people type Vietnamese without diacritics: "Ngoại giao nhánh II" and
 * "ngoai giao nhanh ii" become equal. The letter đ is a separate letter, not d with a mark, so
 * Unicode decomposition leaves it alone and it is mapped by hand.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {}

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** A URL- and id-safe form: "Định nghĩa" becomes "dinh-nghia". */
    public static String slug(String text) {
        String slug = NON_ALNUM.matcher(fold(text)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /** Folded words separated by single spaces, for matching names inside questions. */
    public static String foldWords(String text) {
        return NON_ALNUM.matcher(fold(text)).replaceAll(" ").trim();
    }

    /**
     * Lower-case words as written, with their diacritics, separated by one space: for phrases that
     * folding would confuse, as "những" (plural) and "nhưng" (but) opening a sentence.
     */
    public static String lowerWords(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(composed).replaceAll(" ").trim();
    }
}
