package dev.backchannel.question;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells Vietnamese from English. Letters only Vietnamese uses decide at once; text typed without
 * diacritics is judged by its syllables, counting common Vietnamese syllables against common
 * English words (words that are both, like "to" or "an", count for neither).
 */
public final class LanguageDetector {

    private static final int MIN_UNKNOWN_SYLLABLES = 3;
    private static final String ACCENTED_VOWELS = "àáãèéìíòóõùúýỳ";

    /** Spaces and ASCII punctuation, except an apostrophe between letters. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(?:[\\s\\p{Punct}&&[^']]|(?<!\\p{L})'|'(?!\\p{L}))+");

    private static final Pattern APOSTROPHE = Pattern.compile("['’]");

    /**
     * Every Vietnamese syllable, once its diacritics are folded away: an initial consonant, a vowel
     * group, a final consonant. A word outside it ("governments", "secretly", "team") cannot be
     * Vietnamese typed without accents.
     */
    private static final Pattern VIETNAMESE_SYLLABLE =
            Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                    + "(ieu|yeu|oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|"
                    + "ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])"
                    + "(ch|ng|nh|[cmnpt])?");

    private final Lexicon lexicon;

    public LanguageDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Language detect(String text) {
        return detect(text, List.of());
    }

    /**
     * Detects the language of a question, leaving out the topic names it contains: "What is ngoại
     * giao cửa sau?" is an English question about a Vietnamese term, and wants an English answer.
     *
     * @param foldedNames names found in the question, as {@link TextFolding#foldWords} gives them
     */
    public Language detect(String text, List<String> foldedNames) {
        List<String> words = words(text);
        boolean[] named = named(words, foldedNames);
        List<String> rest = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!named[i]) {
                rest.add(words.get(i));
                // "Who was Lê Đức Thọ?" is English: a Vietnamese person's or place's name, capitalised
                // inside the question, is no more a Vietnamese word than "Kissinger" is an English one.
                if (i == 0 || !isVietnameseProperName(words.get(i))) {
                    plain.add(words.get(i));
                }
            }
        }
        return judge(!plain.isEmpty() ? plain : !rest.isEmpty() ? rest : words);
    }

    private static boolean isVietnameseProperName(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(c -> isVietnameseLetter((char) c));
    }

    /**
     * Cuts a question into its English words and the rest, for a question that mixes languages
     * ("mình cần hiểu: how do two governments keep talking secretly?"). English are the words no
     * Vietnamese syllable could be, the common English words, and the short words that could be
     * either when an English word stands next to them; topic names stay in the rest.
     */
    public LanguageParts parts(String text, List<String> foldedNames) {
        List<String> words = words(text);
        boolean[] named = named(words, foldedNames);
        boolean[] english = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            english[i] = !named[i] && isEnglish(words.get(i));
        }
        List<String> englishWords = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean besideEnglish = (i > 0 && english[i - 1]) || (i + 1 < words.size() && english[i + 1]);
            boolean eitherLanguage =
                    !named[i] && lexicon.eitherLanguage().contains(words.get(i).toLowerCase());
            (english[i] || (besideEnglish && eitherLanguage) ? englishWords : rest).add(words.get(i));
        }
        return new LanguageParts(englishWords, rest);
    }

    /**
     * The question's words. An apostrophe between letters belongs to the word ("Sant'Egidio",
     * "Kissinger's"), as it does for the index's tokenizer: split there, a name became two words
     * the index has never seen.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(List.of(BETWEEN_WORDS.split(text.strip())));
        words.removeIf(String::isEmpty);
        return words;
    }

    private boolean isEnglish(String word) {
        String letters = APOSTROPHE.matcher(word).replaceAll("");
        if (!letters.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return false;
        }
        String lower = word.toLowerCase();
        if (lexicon.eitherLanguage().contains(lower)) {
            return false;
        }
        return lexicon.englishCues().contains(lower)
                || !VIETNAMESE_SYLLABLE.matcher(lower).matches();
    }

    private static boolean[] named(List<String> words, List<String> foldedNames) {
        List<String> folded = words.stream().map(TextFolding::foldWords).toList();
        boolean[] named = new boolean[words.size()];
        for (String name : foldedNames) {
            List<String> parts = List.of(name.split(" "));
            for (int i = 0; i + parts.size() <= folded.size(); i++) {
                if (folded.subList(i, i + parts.size()).equals(parts)) {
                    for (int j = i; j < i + parts.size(); j++) {
                        named[j] = true;
                    }
                }
            }
        }
        return named;
    }

    private Language judge(List<String> words) {
        int vietnamese = 0;
        int english = 0;
        for (String word : words) {
            if (word.chars().anyMatch(c -> isVietnameseLetter((char) c))) {
                return Language.VI;
            }
            if (word.chars().anyMatch(c -> ACCENTED_VOWELS.indexOf(Character.toLowerCase(c)) >= 0)) {
                // "là gì" uses only Latin-1 letters that French or Spanish names use too: a hint, not proof.
                vietnamese++;
                continue;
            }
            String folded = TextFolding.foldWords(word);
            if (folded.isEmpty() || lexicon.eitherLanguage().contains(folded)) {
                continue;
            }
            if (lexicon.vietnameseCues().contains(folded)) {
                vietnamese++;
            } else if (lexicon.englishCues().contains(folded)) {
                english++;
            }
        }
        if (vietnamese == 0
                && english == 0
                && words.size() >= MIN_UNKNOWN_SYLLABLES
                && words.stream().allMatch(LanguageDetector::couldBeSyllable)) {
            // "lich chieu phim cuoi tuan o ha noi": none of the syllables this knowledge base uses, but
            // every word a Vietnamese syllable and none an English word.
            return Language.VI;
        }
        return vietnamese >= 1 && vietnamese > english ? Language.VI : Language.EN;
    }

    /** Whether a word, its diacritics folded away, could be one Vietnamese syllable ("phim", "kenh"). */
    static boolean couldBeSyllable(String word) {
        return VIETNAMESE_SYLLABLE.matcher(TextFolding.foldWords(word)).matches();
    }

    private static boolean isVietnameseLetter(char c) {
        // Latin Extended Additional holds the precomposed letters with a tone mark (ạ ế ữ ...);
        // ă â đ ê ô ơ ư are the base letters English never uses.
        return (c >= '\u1EA0' && c <= '\u1EF9') || "ăâđêôơưĂÂĐÊÔƠƯĩũĨŨ".indexOf(c) >= 0;
    }
}
