package dev.backchannel.question;

import dev.backchannel.knowledge.TextFolding;
import java.util.List;

/**
 * Greetings, thanks and "how are you": messages to the bot rather than questions about the
 * knowledge base. They get a friendly word about what the bot does, not an answer quoted from a
 * passage that happens to contain "today".
 */
final class SmallTalk {

    private final Lexicon lexicon;

    SmallTalk(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean matches(String question) {
        String folded = TextFolding.foldWords(question);
        return !folded.isEmpty() && matches(List.of(folded.split(" ")), folded.split(" ").length);
    }

    /** Whether the first {@code end} words are a small-talk phrase followed by addressees only. */
    private boolean matches(List<String> words, int end) {
        if (end == 0) {
            return false;
        }
        if (lexicon.smallTalk().contains(String.join(" ", words.subList(0, end)))) {
            return true;
        }
        for (String addressee : lexicon.smallTalkAddressees()) {
            int length = addressee.split(" ").length;
            if (end > length
                    && String.join(" ", words.subList(end - length, end)).equals(addressee)
                    && matches(words, end - length)) {
                return true;
            }
        }
        return false;
    }
}
