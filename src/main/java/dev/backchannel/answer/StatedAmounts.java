package dev.backchannel.answer;

import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.AskedAmount;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.Numbers;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.retrieval.Hit;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether passages state the amount a question asks for ("how many", "bao nhiêu"): a sentence that
 * gives a figure and speaks of what is counted. A passage that only shares the question's names
 * ("how many rooms does the Shangri-La Hotel have?" finds the dialogue held there) does not answer
 * it, however much of the question its words cover.
 */
final class StatedAmounts {

    private static final Pattern FIGURE = Pattern.compile("\\d+");
    private static final Pattern DAY_AND_MONTH = Pattern.compile("\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?");
    /** How many words either side of a figure may name what it counts. */
    private static final int WINDOW = 3;

    private final TermExtractor terms;
    private final Set<String> numberWords;
    private final Set<String> currencyWords;
    private final List<Pattern> dates;

    StatedAmounts(TermExtractor terms, Lexicon lexicon) {
        this.terms = terms;
        this.numberWords = lexicon.numberWords();
        this.currencyWords = lexicon.currencyWords();
        // A day before a dating phrase belongs to the date: "31 May 2013", "5 tháng 6".
        this.dates = lexicon.timeExpressions().stream()
                .map(date -> Pattern.compile("(?:(?<![\\p{L}\\p{N}])\\d{1,2} )?(?:" + date.pattern() + ")"))
                .toList();
    }

    /**
     * Whether one of the passages holds a sentence in which a figure stands within a few words of
     * what the question counts ("52 người Mỹ", "vòng đàm phán bí mật thứ 14"): a currency when it
     * asks how much money, else its words other than the amount cue and its numbers. A question
     * that names its topic is known to ask about it, and needs only a figure from its passages,
     * which may count in other words ("mấy hình thức" is answered by "ba dạng").
     */
    boolean stated(AnalyzedQuestion question, AskedAmount amount, List<Hit> passages) {
        Predicate<String> counts = counts(question, amount);
        for (Hit hit : passages) {
            for (String sentence : Sentences.split(hit.passage().text())) {
                String[] words = withoutDates(sentence).split(" ");
                for (int at = 0; at < words.length; at++) {
                    if (isFigure(words[at]) && counts.test(window(words, at))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Which words beside a figure say that it is the amount asked for. */
    private Predicate<String> counts(AnalyzedQuestion question, AskedAmount amount) {
        if (amount.money()) {
            return window -> Arrays.stream(window.split(" ")).anyMatch(currencyWords::contains);
        }
        if (!question.named().isEmpty()) {
            return window -> true;
        }
        Set<String> counted = new HashSet<>(question.termWeights().keySet());
        counted.removeAll(terms.evidence(question.language(), amount.cue()));
        counted.removeIf(Numbers::isNumber);
        return window -> !Collections.disjoint(counted, terms.passageTerms(question.language(), window));
    }

    private static String window(String[] words, int at) {
        return String.join(
                " ", Arrays.copyOfRange(words, Math.max(0, at - WINDOW), Math.min(words.length, at + WINDOW + 1)));
    }

    /**
     * The sentence's lower-case words without its dates, whose numbers count days and months, not
     * what a question asks how many of ("ngày 20/1/1981", "tháng 6", "August 1969").
     */
    private String withoutDates(String sentence) {
        String words = TextFolding.lowerWords(DAY_AND_MONTH.matcher(sentence).replaceAll(" "));
        for (Pattern date : dates) {
            words = date.matcher(words).replaceAll(" ");
        }
        return words.strip().replaceAll(" +", " ");
    }

    /** A number that is not a year ("52", "1,2"), or a written number ("nine", "chín"). */
    private boolean isFigure(String word) {
        return (FIGURE.matcher(word).matches() && !Numbers.isYear(word)) || numberWords.contains(word);
    }
}
