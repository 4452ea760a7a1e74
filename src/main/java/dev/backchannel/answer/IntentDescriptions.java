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
        for (ResourceLines.Entry entry : ResourceLines.entries(RESOURCE)) {
            String where = RESOURCE + ":" + entry.line();
            int colon = entry.text().indexOf(':');
            if (colon < 0 || entry.text().substring(colon + 1).isBlank()) {
                throw new IllegalStateException(where + ": expected 'type: what to give first'");
            }
            QuestionType type = QuestionType.named(entry.text().substring(0, colon), where);
            if (descriptions.put(type, entry.text().substring(colon + 1).strip()) != null) {
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
