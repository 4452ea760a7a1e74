package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.ResourceLines;
import dev.backchannel.knowledge.TextFolding;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the generator reads knowledge with, by language, read once from {@code quiz/en.txt}
 * and {@code quiz/vi.txt}: function words, titles before names, words of organisations, the words
 * that put a place after them, months, and the words that open a gloss. Every entry is folded, once per group.
 */
public final class QuizLexicon {

    static final String STOP_WORDS = "stop-words";
    static final String TITLES = "titles";
    static final String ORGANISATIONS = "organisations";
    static final String PLACE_CUES = "place-cues";
    static final String ARTICLES = "articles";
    static final String MONTHS = "months";
    static final String GLOSS_CUES = "gloss-cues";
    static final String CONJUNCTIONS = "conjunctions";
    private static final List<String> GROUPS =
            List.of(STOP_WORDS, TITLES, ORGANISATIONS, PLACE_CUES, ARTICLES, MONTHS, GLOSS_CUES, CONJUNCTIONS);

    private static final class Shipped {
        private static final QuizLexicon LEXICON = read();
    }

    private final Map<Language, Map<String, Set<String>>> groups;

    QuizLexicon(Map<Language, Map<String, Set<String>>> groups) {
        this.groups = Map.copyOf(groups);
    }

    public static QuizLexicon shipped() {
        return Shipped.LEXICON;
    }

    /** The folded words of a group in a language. */
    Set<String> words(Language language, String group) {
        return groups.get(language).get(group);
    }

    private static QuizLexicon read() {
        Map<Language, Map<String, Set<String>>> groups = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            groups.put(language, read("quiz/" + language.code() + ".txt"));
        }
        return new QuizLexicon(groups);
    }

    private static Map<String, Set<String>> read(String resource) {
        Map<String, Set<String>> groups = new HashMap<>();
        Set<String> current = null;
        for (ResourceLines.Entry entry : ResourceLines.entries(resource)) {
            String where = resource + ":" + entry.line() + ": ";
            String text = entry.text();
            if (text.startsWith("@")) {
                String name = text.substring(1).strip();
                if (!GROUPS.contains(name)) {
                    throw new IllegalStateException(where + "unknown group @" + name + " (" + GROUPS + ")");
                }
                current = new HashSet<>();
                if (groups.put(name, current) != null) {
                    throw new IllegalStateException(where + "group @" + name + " appears twice");
                }
            } else if (current == null) {
                throw new IllegalStateException(where + "a word before the first @group line");
            } else if (!TextFolding.foldWords(text).equals(text) || text.contains(" ")) {
                throw new IllegalStateException(where + "'" + text + "' is not one folded word");
            } else if (!current.add(text)) {
                throw new IllegalStateException(where + "'" + text + "' is listed twice");
            }
        }
        for (String group : GROUPS) {
            if (!groups.containsKey(group)) {
                throw new IllegalStateException(resource + ": no @" + group + " group");
            }
        }
        groups.replaceAll((name, words) -> Set.copyOf(words));
        return groups;
    }
}
