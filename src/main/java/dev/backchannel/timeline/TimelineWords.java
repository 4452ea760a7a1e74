package dev.backchannel.timeline;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.ResourceLines;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The timeline's own words in both languages, read once from {@code timeline/words.txt}. */
public final class TimelineWords {

    private static final String RESOURCE = "timeline/words.txt";
    private static final List<String> KEYS =
            List.of("title", "axis", "present", "ongoing", "highlighted", "caption", "caption-one", "no-cases");

    private final Map<String, Map<Language, String>> words;

    TimelineWords(Map<String, Map<Language, String>> words) {
        for (String key : KEYS) {
            for (Language language : Language.values()) {
                if (words.getOrDefault(key, Map.of()).getOrDefault(language, "").isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": no " + language.code() + " text for '" + key + "'");
                }
            }
        }
        this.words = Map.copyOf(words);
    }

    public static TimelineWords shipped() {
        Map<String, Map<Language, String>> words = new HashMap<>();
        for (ResourceLines.Entry entry : ResourceLines.entries(RESOURCE)) {
            String[] cells = entry.text().split("\\|");
            String where = RESOURCE + ":" + entry.line() + ": ";
            if (cells.length != 3) {
                throw new IllegalStateException(where + "expected 'key | English | Vietnamese'");
            }
            String key = cells[0].strip();
            if (!KEYS.contains(key)) {
                throw new IllegalStateException(where + "unknown key '" + key + "' (" + String.join(", ", KEYS) + ")");
            }
            Map<Language, String> texts = new EnumMap<>(Language.class);
            texts.put(Language.EN, cells[1].strip());
            texts.put(Language.VI, cells[2].strip());
            if (words.put(key, texts) != null) {
                throw new IllegalStateException(where + "'" + key + "' appears twice");
            }
        }
        return new TimelineWords(words);
    }

    private String word(String key, Language language) {
        return words.get(key).get(language);
    }

    public String title(Language language) {
        return word("title", language);
    }

    public String axis(Language language) {
        return word("axis", language);
    }

    /** The end of a period still going on: "1957–present". */
    public String present(Language language) {
        return word("present", language);
    }

    /** The legend of a bar still going on. */
    public String ongoing(Language language) {
        return word("ongoing", language);
    }

    /** The legend of the highlighted case. */
    public String highlighted(Language language) {
        return word("highlighted", language);
    }

    /** The answer to a track without cases. */
    public String noCases(Language language) {
        return word("no-cases", language);
    }

    /** The message that comes with the picture. */
    public String caption(Language language, int cases) {
        return cases == 1
                ? word("caption-one", language)
                : word("caption", language).replace("{cases}", String.valueOf(cases));
    }
}
