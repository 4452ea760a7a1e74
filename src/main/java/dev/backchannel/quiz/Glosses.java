package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the glosses in brackets out of a text, "(Vietnamese: ngoại giao kênh 2)", "(tiếng Anh:
 * Track II diplomacy)": a name in the other language is neither part of a stem nor evidence that
 * the other language writes a name.
 */
final class Glosses {

    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]*)\\)");

    private final QuizLexicon lexicon;

    Glosses(QuizLexicon lexicon) {
        this.lexicon = lexicon;
    }

    String strip(String text, Language language) {
        Matcher brackets = BRACKETS.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (brackets.find()) {
            List<String> words = Tokens.plainKeys(brackets.group(1));
            boolean gloss = !words.isEmpty()
                    && lexicon.words(language, QuizLexicon.GLOSS_CUES).contains(words.get(0));
            brackets.appendReplacement(kept, gloss ? "" : Matcher.quoteReplacement(brackets.group()));
        }
        brackets.appendTail(kept);
        return kept.toString();
    }
}
