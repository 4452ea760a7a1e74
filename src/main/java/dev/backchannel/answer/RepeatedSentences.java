package dev.backchannel.answer;

import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.TextFolding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes out of a model's answer the sentences it already said: a sentence written twice, or one
 * of the conversation's earlier answers, which the reader has just seen. The quoted answers never
 * repeat themselves; a model's answer is held to the same rule.
 */
final class RepeatedSentences {

    /** Shorter pieces ("Yes.") may well be said twice on purpose. */
    private static final int MIN_WORDS = 4;

    private RepeatedSentences() {}

    static String without(String answer, List<String> earlierAnswers) {
        Set<String> said = new HashSet<>();
        earlierAnswers.forEach(earlier -> Sentences.split(earlier).forEach(s -> said.add(key(s))));
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (String sentence : Sentences.split(answer)) {
            String key = key(sentence);
            boolean substantial = key.split(" ").length >= MIN_WORDS;
            if (substantial && !said.add(key)) {
                removed = true;
                continue;
            }
            kept.add(sentence.strip());
        }
        // Rejoined only when something was taken out, so that an answer's own layout survives.
        return removed ? String.join(" ", kept) : answer;
    }

    /** The sentence's words, folded, without its citation markers. */
    private static String key(String sentence) {
        return TextFolding.foldWords(CitationCheck.MARKER.matcher(sentence).replaceAll(" "))
                .strip();
    }
}
