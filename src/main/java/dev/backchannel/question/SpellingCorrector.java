package dev.backchannel.question;

import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.TextFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * Replaces words the knowledge base has never seen with the closest word it has ("backchanel" to
 * "backchannel", "Pugwosh" to "pugwash", "kêng" to "kenh"), so a typo does not lose the topic. Only
 * words that are neither the knowledge base's nor common English words are touched, and only by a
 * small edit, so a correct question passes unchanged.
 */
public final class SpellingCorrector {

    /** A word as the index's tokenizer sees it: "Sant'Egidio" is one word, not two. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");

    private static final int MIN_LENGTH = 4;
    /** What follows the apostrophe of an English possessive or contraction. */
    private static final Set<String> CLITICS = Set.of("s", "t");
    /** Unknown words this long may be corrected to any word of the passages, not only of names. */
    private static final int MIN_LENGTH_FOR_ANY_WORD = 7;

    private static final int MIN_FUZZY_NAME_PART = 5;
    /** Nearest known words looked at for a correction, nearest first. */
    private static final int SUGGESTIONS = 3;

    private final PassageIndex index;
    private final Lexicon lexicon;
    private final Set<String> apostropheHeads;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    public SpellingCorrector(PassageIndex index, Lexicon lexicon) {
        this.index = index;
        this.lexicon = lexicon;
        this.apostropheHeads = apostropheHeads(index.searcher().getIndexReader());
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setAccuracy(0.7f);
    }

    /** What comes before the apostrophe in the known words that have one: "sant" of "sant'egidio". */
    private static Set<String> apostropheHeads(IndexReader reader) {
        Set<String> heads = new HashSet<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.BODY_FOLDED);
            if (terms != null) {
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    String word = term.utf8ToString();
                    int apostrophe = word.indexOf('\'');
                    // A possessive or a contraction ("kissinger's", "can't") joins no name: with them,
                    // most words of a question were heads, each sent to the spell checker.
                    if (apostrophe > 0 && !CLITICS.contains(word.substring(apostrophe + 1))) {
                        heads.add(word.substring(0, apostrophe));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the index vocabulary failed", e);
        }
        return Set.copyOf(heads);
    }

    /** The question with each unknown word replaced by its folded correction, when there is one. */
    public String correct(String question) {
        IndexReader reader = index.searcher().getIndexReader();
        List<MatchResult> words = WORD.matcher(question).results().toList();
        StringBuilder corrected = new StringBuilder();
        int written = 0;
        try {
            for (int i = 0; i < words.size(); i++) {
                MatchResult word = words.get(i);
                corrected.append(question, written, word.start());
                Optional<String> name = i + 1 < words.size()
                                && question.substring(
                                                word.end(), words.get(i + 1).start())
                                        .equals(" ")
                        ? apostropheName(reader, word.group(), words.get(i + 1).group())
                        : Optional.empty();
                if (name.isPresent()) {
                    corrected.append(name.get());
                    written = words.get(++i).end();
                } else {
                    // A capital inside the question marks a name ("Kelmen"), which may be any passage's word.
                    boolean capitalized = word.start() > 0
                            && Character.isUpperCase(word.group().charAt(0));
                    corrected.append(correctWord(reader, word.group(), capitalized));
                    written = word.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the index vocabulary failed", e);
        }
        return corrected.append(question.substring(written)).toString();
    }

    private String correctWord(IndexReader reader, String word, boolean capitalized) throws IOException {
        String folded = TextFolding.fold(word);
        if (folded.length() < MIN_LENGTH || lexicon.isStop(folded) || known(reader, folded)) {
            return word;
        }
        if (folded.equals(word.toLowerCase(Locale.ROOT)) && LanguageDetector.couldBeSyllable(folded)) {
            // Typed without diacritics, a Vietnamese syllable the knowledge base lacks is more likely a
            // word it never uses ("phim", film) than a typo of one it does ("phía").
            return word;
        }
        if (EnglishWords.standard().contains(folded)) {
            return word;
        }
        // Any word of the passages for a long word or a name, otherwise only a word of the titles and
        // aliases. A short word the knowledge base lacks is more often a word of another subject than
        // a typo: "router" is not a misspelt "roster", and corrected it would hide that the question
        // is not about diplomacy.
        boolean anyWord = capitalized || folded.length() >= MIN_LENGTH_FOR_ANY_WORD;
        for (SuggestWord suggestion : checker.suggestSimilar(
                new Term(Fields.BODY_FOLDED, folded), SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            // Never into an English question word: "weather" is not a misspelt "whether", and turned
            // into one the question would lose the word that shows what it is about. Folded Vietnamese
            // syllables are another matter: "thoj" is "thoi" (con thoi, shuttle), also a question word.
            boolean eligible = allowed(folded, suggestion.string)
                    && !lexicon.englishStopWords().contains(suggestion.string);
            if (eligible && (anyWord || reader.docFreq(new Term(Fields.NAMES_FOLDED, suggestion.string)) > 0)) {
                return suggestion.string;
            }
        }
        return word;
    }

    /**
     * Two words that are a known name written with a space for its apostrophe ("Sant Egidio" for
     * "Sant'Egidio", also misspelt: "Sant Egdio"): apart, the first is a near miss of another word
     * ("sang") and the second is unknown, and the question loses the topic it names.
     */
    private Optional<String> apostropheName(IndexReader reader, String first, String second) throws IOException {
        String folded = TextFolding.fold(first);
        if (!apostropheHeads.contains(folded)) {
            return Optional.empty();
        }
        String head = folded + "'";
        String joined = head + TextFolding.fold(second);
        if (known(reader, joined)) {
            return Optional.of(joined);
        }
        if (second.length() < MIN_FUZZY_NAME_PART) {
            // "mai ha" is not a misspelt "Mai'a": a short second word is too easily one edit away.
            return Optional.empty();
        }
        SuggestWord[] suggestions = checker.suggestSimilar(
                new Term(Fields.BODY_FOLDED, joined), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length > 0
                        && suggestions[0].string.startsWith(head)
                        && distance(joined, suggestions[0].string) <= 1
                ? Optional.of(suggestions[0].string)
                : Optional.empty();
    }

    private static boolean known(IndexReader reader, String folded) throws IOException {
        return reader.docFreq(new Term(Fields.BODY_FOLDED, folded)) > 0
                || reader.docFreq(new Term(Fields.NAMES_FOLDED, folded)) > 0;
    }

    /** Short words get one edit at most: two edits turn "slack" into "black" and much else. */
    private static boolean allowed(String word, String suggestion) {
        return word.length() >= 7 || distance(word, suggestion) <= 1;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
