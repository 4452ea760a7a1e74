package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.ResourceLines;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything a quiz says in its own words, in both languages, read once from {@code
 * quiz/words.txt}: the stems' questions, verdicts, scores and progress. Front ends take their
 * quiz lines from here so that a quiz speaks one language throughout.
 */
public final class QuizWords {

    private static final String RESOURCE = "quiz/words.txt";
    private static final Set<String> KEYS = Set.of(
            "prompt-topic",
            "prompt-term",
            "prompt-track",
            "prompt-year",
            "prompt-year-case",
            "prompt-person",
            "prompt-person-case",
            "prompt-place",
            "prompt-place-case",
            "format-topic",
            "format-fact",
            "format-track",
            "format-term",
            "question",
            "correct",
            "wrong",
            "already",
            "score",
            "left",
            "not-recorded",
            "no-progress",
            "no-questions",
            "scores",
            "no-quiz",
            "nobody",
            "progress",
            "progress-format",
            "progress-missed",
            "progress-missed-topic",
            "progress-none",
            "progress-no-misses",
            "practice",
            "practice-console",
            "practice-none",
            "usage");

    private static final class Shipped {
        private static final QuizWords WORDS = read();
    }

    private final Map<String, Map<Language, String>> words;

    QuizWords(Map<String, Map<Language, String>> words) {
        for (String key : KEYS) {
            for (Language language : Language.values()) {
                if (words.getOrDefault(key, Map.of()).getOrDefault(language, "").isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": no " + language.code() + " text for '" + key + "'");
                }
            }
        }
        this.words = Map.copyOf(words);
    }

    public static QuizWords shipped() {
        return Shipped.WORDS;
    }

    /**
     * The text of {@code key} in {@code language} with its {@code {name}} places filled, given as
     * name, value, name, value…
     */
    public String say(Language language, String key, Object... values) {
        Map<Language, String> texts = words.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no quiz words '" + key + "'");
        }
        String text = texts.get(language);
        for (int i = 0; i + 1 < values.length; i += 2) {
            text = text.replace("{" + values[i] + "}", String.valueOf(values[i + 1]));
        }
        return text;
    }

    /** The name of a format, as progress lists it. */
    public String format(Language language, QuizFormat format) {
        return say(language, "format-" + format.code());
    }

    private static QuizWords read() {
        Map<String, Map<Language, String>> words = new HashMap<>();
        for (ResourceLines.Entry entry : ResourceLines.entries(RESOURCE)) {
            String[] cells = entry.text().split(" \\| ");
            String where = RESOURCE + ":" + entry.line() + ": ";
            if (cells.length != 3) {
                throw new IllegalStateException(where + "expected 'key | English | Vietnamese'");
            }
            String key = cells[0].strip();
            if (!KEYS.contains(key)) {
                throw new IllegalStateException(where + "unknown key '" + key + "'");
            }
            Map<Language, String> texts = new EnumMap<>(Language.class);
            texts.put(Language.EN, cells[1].strip());
            texts.put(Language.VI, cells[2].strip());
            if (words.put(key, texts) != null) {
                throw new IllegalStateException(where + "'" + key + "' appears twice");
            }
        }
        return new QuizWords(words);
    }
}
