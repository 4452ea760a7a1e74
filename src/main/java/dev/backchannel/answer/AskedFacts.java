package dev.backchannel.answer;

import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.Numbers;
import dev.backchannel.question.QuestionType;
import dev.backchannel.retrieval.Retrieval;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells whether a sentence holds the kind of fact a question asks for: a name for "who" ("which
 * Israeli politician ...?" is answered by the sentence that says "Yossi Beilin", not by the
 * definition around it), a date for "when".
 */
final class AskedFacts {

    /**
     * Two or more capitalised words in a row past the sentence's first word, as personal names are
     * written in both languages. Institutions and places written so ("Nhà Trắng", "White House")
     * pass too, which is why a name only adds to a sentence's score.
     */
    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)+");

    private final List<Pattern> timeExpressions;

    AskedFacts(Lexicon lexicon) {
        this.timeExpressions = lexicon.timeExpressions();
    }

    /**
     * Which sentences hold the kind of fact a question asks for, when it asks who or when; none
     * otherwise. The question is read once, not for every sentence scored.
     */
    Predicate<String> of(Retrieval retrieval) {
        boolean who = retrieval.asks(QuestionType.PEOPLE);
        boolean when = retrieval.asks(QuestionType.TIME);
        if (!who && !when) {
            return sentence -> false;
        }
        Set<String> asked = words(retrieval.question().asked());
        return sentence -> (who && namesSomeoneNew(sentence, asked)) || (when && dates(sentence));
    }

    /** Whether the sentence names someone in words the question does not use. */
    static boolean namesSomeoneNew(String sentence, String question) {
        return namesSomeoneNew(sentence, words(question));
    }

    private static boolean namesSomeoneNew(String sentence, Set<String> asked) {
        Matcher names = NAME.matcher(sentence);
        while (names.find()) {
            if (!asked.containsAll(words(names.group()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says when: a year, or a phrase such as "three centuries" or "tháng 5". */
    boolean dates(String sentence) {
        if (!Numbers.yearsIn(sentence).isEmpty()) {
            return true;
        }
        String words = TextFolding.lowerWords(sentence);
        return timeExpressions.stream().anyMatch(p -> p.matcher(words).find());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(TextFolding.foldWords(text).split(" "))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
