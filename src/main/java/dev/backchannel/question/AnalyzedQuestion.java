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
 * @param intents what it asks for, the leading type first; never empty
 * @param named the topics it names, in order of mention
 * @param setAside what it sets aside ("besides ping pong"), if anything
 * @param switched its English and other words, when it switches to English for a clause
 * @param termWeights its content words as matched against passages, each with its inverse
 *     document frequency, in question order
 * @param smallTalk whether it talks to the bot ("thanks!") rather than asks about a topic
 * @param followUp whether it continues a conversation's topic, which {@code text} then names
 * @param aboutThePresent whether it pins itself to the present day ("these days", "hiện nay")
 * @param amount what it asks when it asks how many or how much ("how many rooms", "bao nhiêu tiền")
 * @param everydayMatters the phrases, folded, by which it asks about a practical matter of everyday
 *     life ("weather", "khach san"); none for most questions
 */
public record AnalyzedQuestion(
        String asked,
        String text,
        String searched,
        Language language,
        List<Intent> intents,
        List<Glossary.Match> named,
        Optional<String> setAside,
        Optional<LanguageParts> switched,
        Map<String, Double> termWeights,
        boolean smallTalk,
        boolean followUp,
        boolean aboutThePresent,
        Optional<AskedAmount> amount,
        List<String> everydayMatters) {

    public AnalyzedQuestion {
        intents = List.copyOf(intents);
        if (intents.isEmpty()) {
            throw new IllegalArgumentException("a question asks for something: no intents");
        }
        named = List.copyOf(named);
        everydayMatters = List.copyOf(everydayMatters);
        termWeights = Collections.unmodifiableMap(new LinkedHashMap<>(termWeights));
    }

    /** What kind of answer it leads with. */
    public QuestionType type() {
        return intents.get(0).type();
    }

    /** Whether it asks for a kind of answer, leading or not ("list the limits" asks for a list too). */
    public boolean asks(QuestionType type) {
        return intents.stream().anyMatch(intent -> intent.type() == type);
    }

    /** Slugs of the sections that answer the leading kind of question. */
    public Set<String> preferredSections() {
        return intents.get(0).sections();
    }

    /** Whether a passage comes from a section that answers the leading kind of question. */
    public boolean prefers(Passage passage) {
        return preferredSections().contains(passage.sectionSlug());
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
