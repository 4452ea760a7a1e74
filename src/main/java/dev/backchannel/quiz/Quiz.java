package dev.backchannel.quiz;

import dev.backchannel.knowledge.Language;
import java.util.List;

/** A quiz: questions generated from the knowledge base, in one language. */
public record Quiz(String id, Language language, List<QuizQuestion> questions) {
    public Quiz {
        questions = List.copyOf(questions);
    }
}
