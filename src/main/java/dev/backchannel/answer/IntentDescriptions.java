package dev.backchannel.answer;

import dev.backchannel.question.Intent;
import dev.backchannel.question.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each kind of question asks for, in the words a language model is told: "the limits, risks or
 * criticism" for a limits question. Read once from {@code prompts/question-intents.txt}; a line
 * that names no type, or a type without a line, stops start-up with the file and line.
 */
final class IntentDescriptions {

    static final String RESOURCE = "/prompts/question-intents.txt";

    private final Map<QuestionType, String> descriptions;

    IntentDescriptions() {
        this.descriptions = load();
    }

    /** What the question asks for, leading intent first: "the reason it happened; what came of it". */
    String of(List<Intent> intents) {
        return intents.stream()
                .map(intent -> descriptions.get(intent.type()))
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private static Map<QuestionType, String> load() {
        String text;
        try (InputStream in = IntentDescriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<QuestionType, String> descriptions = new EnumMap<>(QuestionType.class);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = RESOURCE + ":" + (i + 1);
            int colon = line.indexOf(':');
            if (colon < 0 || line.substring(colon + 1).isBlank()) {
                throw new IllegalStateException(where + ": expected 'type: what to give first'");
            }
            QuestionType type;
            try {
                type = QuestionType.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": no question type '" + line.substring(0, colon) + "'", e);
            }
            if (descriptions.put(type, line.substring(colon + 1).strip()) != null) {
                throw new IllegalStateException(where + ": a second line for " + type);
            }
        }
        for (QuestionType type : QuestionType.values()) {
            if (!descriptions.containsKey(type)) {
                throw new IllegalStateException(RESOURCE + ": no line for question type " + type);
            }
        }
        return Map.copyOf(descriptions);
    }
}
