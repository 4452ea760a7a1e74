package dev.backchannel.answer;

import dev.backchannel.knowledge.Sentences;
import dev.backchannel.knowledge.UnsafeMarkup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check a model's whole answer passes before anyone reads it or it is stored: an echo of the
 * system prompt is refused; mentions, masked links and tags are taken out; markers of passages the
 * model was not given are removed; each sentence left cites a passage or is dropped, as are
 * sentences already said; and the answer ends at a sentence's end within its length.
 */
final class ModelAnswerCheck {

    private static final Logger log = LoggerFactory.getLogger(ModelAnswerCheck.class);

    /** "fact. [1]" puts the marker in the next sentence: it is moved before the full stop. */
    private static final Pattern MARKERS_AFTER_STOP = Pattern.compile("([.!?…])[ \\t]*((?:\\[\\d{1,3}])+)");

    /** What the reader may see, or why the answer is not used. */
    sealed interface Verdict permits Kept, Refused {}

    /** A checked answer and the passage numbers it cites, in the order it cites them. */
    record Kept(String text, List<Integer> cited) implements Verdict {}

    record Refused(String reason) implements Verdict {}

    private final PromptEcho echo;
    private final int maxChars;
    private final int readChars;

    /**
     * @param maxChars the most characters kept, the margin included
     * @param readChars the most characters of an answer read: nothing after could be kept
     */
    ModelAnswerCheck(PromptEcho echo, int maxChars, int readChars) {
        this.echo = echo;
        this.maxChars = maxChars;
        this.readChars = readChars;
    }

    Verdict check(String whole, int passages, List<String> earlierAnswers) {
        boolean cut = whole.length() > readChars;
        String answer = cut ? whole.substring(0, readChars) : whole;
        if (echo.in(answer)) {
            return new Refused("the model's answer repeats its instructions");
        }
        String text = RepeatedSentences.without(UnsafeMarkup.strip(answer), earlierAnswers);
        CitationCheck.Result checked = CitationCheck.check(text, passages);
        if (checked.removed() > 0) {
            log.warn("Removed {} citation(s) to passages the model was not given", checked.removed());
        }
        text = MARKERS_AFTER_STOP.matcher(checked.text()).replaceAll(" $2$1");
        List<String> kept = new ArrayList<>();
        int length = 0;
        boolean dropped = cut;
        boolean tooLong = false;
        List<String> sentences = Sentences.split(text);
        // The last sentence of a cut answer is cut too: it is not kept, whatever it cites.
        for (String sentence : cut ? sentences.subList(0, Math.max(0, sentences.size() - 1)) : sentences) {
            if (!CitationCheck.MARKER.matcher(sentence).find()) {
                dropped = true;
                continue;
            }
            int longer = length + (kept.isEmpty() ? 0 : 1) + sentence.length();
            if (longer > maxChars) {
                dropped = true;
                tooLong = true;
                break;
            }
            kept.add(sentence);
            length = longer;
        }
        if (kept.isEmpty()) {
            return new Refused(
                    tooLong
                            ? "the model's first cited sentence is longer than an answer"
                            : "the model's answer cited no passage");
        }
        // Rejoined only when something was dropped, so that an answer's own layout survives.
        String result = dropped ? String.join(" ", kept) : text.strip();
        return new Kept(result, cited(result));
    }

    private static List<Integer> cited(String text) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher marker = CitationCheck.MARKER.matcher(text);
        while (marker.find()) {
            cited.add(Integer.parseInt(marker.group(1)));
        }
        return new ArrayList<>(cited);
    }
}
