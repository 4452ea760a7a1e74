package dev.backchannel.quiz;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import java.util.Optional;
import java.util.Set;

/**
 * What a quiz is asked for.
 *
 * @param kind only questions about topics of this kind
 * @param format only questions of this format
 * @param topics only questions about these topics, by id; empty for any
 */
public record QuizRequest(
        String id, Language language, int count, Optional<Kind> kind, Optional<QuizFormat> format, Set<String> topics) {

    public QuizRequest {
        topics = Set.copyOf(topics);
    }

    /** A quiz on any topic, in any format. */
    public static QuizRequest of(String id, Language language, int count) {
        return new QuizRequest(id, language, count, Optional.empty(), Optional.empty(), Set.of());
    }

    public QuizRequest ofKind(Optional<Kind> wanted) {
        return new QuizRequest(id, language, count, wanted, format, topics);
    }

    public QuizRequest inFormat(Optional<QuizFormat> wanted) {
        return new QuizRequest(id, language, count, kind, wanted, topics);
    }

    public QuizRequest about(Set<String> wanted) {
        return new QuizRequest(id, language, count, kind, format, wanted);
    }
}
