package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.ResourceLines;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How questions are made and checked, read once from {@code quiz/rules.txt}.
 *
 * @param distinctiveTitles by language: a title word is distinctive when at most this many titles
 *     have it
 * @param umbrellaTracks tracks never offered as a wrong answer about a case's track
 */
public record QuizRules(
        int options,
        int fewestOptions,
        int attempts,
        int drawsPerStem,
        Map<Language, Integer> distinctiveTitles,
        int sentenceMinWords,
        int sentenceMaxWords,
        double sentenceMaxMaskedShare,
        int sentenceMaxMasks,
        int maskMinGapWords,
        int yearWindow,
        Set<String> umbrellaTracks,
        int missedTopics) {

    private static final String RESOURCE = "quiz/rules.txt";

    private static final class Shipped {
        private static final QuizRules RULES = read();
    }

    public QuizRules {
        distinctiveTitles = Map.copyOf(distinctiveTitles);
        umbrellaTracks = Set.copyOf(umbrellaTracks);
        if (fewestOptions < 2 || fewestOptions > options) {
            throw new IllegalStateException(RESOURCE + ": fewest-options must be 2 to options (" + options + ")");
        }
        if (sentenceMaxMaskedShare <= 0 || sentenceMaxMaskedShare >= 1) {
            throw new IllegalStateException(RESOURCE + ": sentence-max-masked-share must be between 0 and 1");
        }
    }

    public static QuizRules shipped() {
        return Shipped.RULES;
    }

    public int distinctiveTitles(Language language) {
        return distinctiveTitles.get(language);
    }

    private static QuizRules read() {
        Map<String, String> values = new HashMap<>();
        for (ResourceLines.Named named : ResourceLines.named(RESOURCE)) {
            if (values.put(named.name(), named.value()) != null) {
                throw new IllegalStateException(
                        RESOURCE + ":" + named.line() + ": '" + named.name() + "' appears twice");
            }
        }
        Reader reader = new Reader(values);
        QuizRules rules = new QuizRules(
                reader.whole("options"),
                reader.whole("fewest-options"),
                reader.whole("attempts"),
                reader.whole("draws-per-stem"),
                Map.of(
                        Language.EN, reader.whole("distinctive-titles-en"),
                        Language.VI, reader.whole("distinctive-titles-vi")),
                reader.whole("sentence-min-words"),
                reader.whole("sentence-max-words"),
                reader.share("sentence-max-masked-share"),
                reader.whole("sentence-max-masks"),
                reader.whole("mask-min-gap-words"),
                reader.whole("year-window"),
                Set.copyOf(Arrays.asList(reader.text("umbrella-tracks").split("\\s+"))),
                reader.whole("missed-topics"));
        if (!values.keySet().equals(reader.read)) {
            values.keySet().removeAll(reader.read);
            throw new IllegalStateException(RESOURCE + ": unknown rules " + values.keySet());
        }
        return rules;
    }

    /** Reads the values by name, remembering which were read so that a misspelt rule is caught. */
    private static final class Reader {
        private final Map<String, String> values;
        private final Set<String> read = new HashSet<>();

        Reader(Map<String, String> values) {
            this.values = values;
        }

        String text(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException(RESOURCE + ": no '" + name + "'");
            }
            read.add(name);
            return value;
        }

        int whole(String name) {
            String value = text(name);
            try {
                int number = Integer.parseInt(value);
                if (number < 0) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + ": '" + name + "' must be a whole number, not " + value, e);
            }
        }

        double share(String name) {
            String value = text(name);
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + ": '" + name + "' must be a number, not " + value, e);
            }
        }
    }
}
