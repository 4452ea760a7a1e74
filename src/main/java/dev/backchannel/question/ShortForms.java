package dev.backchannel.question;

import dev.backchannel.knowledge.TextFolding;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the short forms chat uses for whole words ("VN", "ko", "govts") before a question is
 * read: the knowledge base writes the words out, so a short form found nothing, and an unknown
 * token weighs so much that it could make the bot abstain on a question it can answer.
 */
final class ShortForms {

    /** A word standing alone: not the "k" of "10k", nor a letter inside a longer word. */
    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'’])[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}\\p{N}'’])");

    private final Map<String, String> expansions;

    /** @param expansions full forms by folded short form */
    ShortForms(Map<String, String> expansions) {
        this.expansions = Map.copyOf(expansions);
    }

    String expand(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (word.find()) {
            String full = expansions.get(TextFolding.foldWords(word.group()));
            word.appendReplacement(expanded, Matcher.quoteReplacement(full == null ? word.group() : full));
        }
        word.appendTail(expanded);
        return expanded.toString();
    }
}
