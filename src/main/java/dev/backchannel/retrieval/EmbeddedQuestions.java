package dev.backchannel.retrieval;

import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.config.RetrievalMode;
import dev.backchannel.knowledge.Language;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.LanguageDetector;
import dev.backchannel.question.LanguageParts;
import java.util.List;
import java.util.Optional;

/**
 * Which part of a question retrieval embeds: all of it in a language the embedding model reads,
 * the English clause of a question that switches to English, or nothing. Retrieval asks it per
 * question; a one-shot command asks it before opening, to load the model only when it will be used.
 */
public final class EmbeddedQuestions {

    private final RetrievalConfig config;
    private final LanguageDetector detector;

    public EmbeddedQuestions(RetrievalConfig config, LanguageDetector detector) {
        this.config = config;
        this.detector = detector;
    }

    /**
     * Whether anything of a question as typed will be embedded. Its English clause is found without
     * the topic names the glossary would set aside, so a name in English may count as one.
     */
    public boolean anyOf(String asked) {
        return asAsked(asked)
                || (embeds()
                        && readsEnglish()
                        && detector.parts(asked, List.of()).switchesToEnglish());
    }

    /** Whether a question as typed is in a language the model reads, so it is embedded whole. */
    boolean asAsked(String asked) {
        return embeds()
                && config.similarityLanguages().contains(detector.detect(asked).code());
    }

    private boolean embeds() {
        return config.mode() != RetrievalMode.BM25;
    }

    /** The part of a question, as read, that the model understands. */
    Optional<String> understood(AnalyzedQuestion question) {
        if (config.similarityLanguages().contains(question.language().code())) {
            // A question that stands alone is embedded as asked; a follow-up needs its topic added.
            return Optional.of(
                    !question.followUp() && question.setAside().isEmpty() ? question.asked() : question.searched());
        }
        return question.switched().filter(parts -> readsEnglish()).map(LanguageParts::englishText);
    }

    private boolean readsEnglish() {
        return config.similarityLanguages().contains(Language.EN.code());
    }
}
