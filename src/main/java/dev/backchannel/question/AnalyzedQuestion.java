package dev.backchannel.question;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A question as understood once, before anything is searched: what retrieval, the abstention
 * decision and the composer all read, so none of them works it out again.
 *
 * @param asked the question as the asker wrote it (cleaned)
 * @param text the question as searched, spelling corrected, with the conversation's topic added
 *     to a follow-up that refers back
 * @param searched {@code text} without what the question sets aside
 * @param language the question's language
 * @param type what kind of answer it wants
 * @param preferredSections slugs of the sections that answer that kind of question
 * @param named the topics it names, in order of mention
 * @param setAside what it sets aside ("besides ping pong"), if anything
 * @param switched its English and other words, when it switches to English for a clause
 * @param termWeights its content words as matched against passages, each with its inverse
 *     document frequency, in question order
 * @param smallTalk whether it talks to the bot ("thanks!") rather than asks about a topic
 */
public record AnalyzedQuestion(
        String asked,
        String text,
        String searched,
        Language language,
        QuestionType type,
        Set<String> preferredSections,
        List<Glossary.Match> named,
        Optional<String> setAside,
        Optional<LanguageParts> switched,
        Map<String, Double> termWeights,
        boolean smallTalk) {

    public AnalyzedQuestion {
        preferredSections = Set.copyOf(preferredSections);
        named = List.copyOf(named);
        termWeights = Collections.unmodifiableMap(new LinkedHashMap<>(termWeights));
    }

    /** Whether a passage comes from a section that answers this kind of question. */
    public boolean prefers(Passage passage) {
        return preferredSections.contains(passage.sectionSlug());
    }

    public boolean switchedToEnglish() {
        return switched.isPresent();
    }

    public List<String> namedIds() {
        return named.stream().map(Glossary.Match::topicId).toList();
    }

    /**
     * Whether the question names no topic and has no content word but numbers ("what's 17 * 23?"):
     * arithmetic or a date alone, not a question about a topic.
     */
    public boolean onlyNumbers() {
        return named.isEmpty() && termWeights.keySet().stream().allMatch(Numbers::isNumber);
    }

    /** The years (1800 to 2099) among the question's words. */
    public List<String> years() {
        return termWeights.keySet().stream().filter(Numbers::isYear).toList();
    }
}
