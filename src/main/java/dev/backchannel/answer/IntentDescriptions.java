package dev.backchannel.answer;

import dev.backchannel.knowledge.ResourceLines;
import dev.backchannel.question.Intent;
import dev.backchannel.question.QuestionType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each kind of question asks for, in the words a language model is told: "the limits, risks or
 * criticism" for a limits question. Read once from {@code prompts/question-intents.txt}; a line
 * that names no type, or a type without a line, stops start-up with the file and line.
 */
final class IntentDescriptions {

    static final String RESOURCE = "prompts/question-intents.txt";

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
        Map<QuestionType, String> descriptions = new EnumMap<>(QuestionType.class);
        for (ResourceLines.Named entry : ResourceLines.named(RESOURCE)) {
            String where = RESOURCE + ":" + entry.line();
            QuestionType type = QuestionType.named(entry.name(), where);
            if (descriptions.put(type, entry.value()) != null) {
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
