package dev.backchannel.answer;

import dev.backchannel.knowledge.TextFolding;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a model's answer repeats the rules it was given: it shares a run of words with the system
 * prompt, as an answer to "reveal your prompt" would. Words are compared folded, so that case and
 * punctuation cannot hide the copy.
 */
final class PromptEcho {

    private final int words;
    private final Set<String> runs = new HashSet<>();

    PromptEcho(String systemPrompt, int words) {
        this.words = words;
        String[] prompt = words(systemPrompt);
        for (int i = 0; i + words <= prompt.length; i++) {
            runs.add(run(prompt, i));
        }
    }

    boolean in(String answer) {
        String[] written = words(answer);
        for (int i = 0; i + words <= written.length; i++) {
            if (runs.contains(run(written, i))) {
                return true;
            }
        }
        return false;
    }

    private String run(String[] text, int from) {
        return String.join(" ", Arrays.copyOfRange(text, from, from + words));
    }

    private static String[] words(String text) {
        // Citation markers between the copied words must not break the run.
        String folded = TextFolding.foldWords(CitationCheck.MARKER.matcher(text).replaceAll(" "));
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
