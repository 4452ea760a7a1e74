package dev.backchannel.answer;

import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.knowledge.TextFolding;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.Numbers;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether the evidence found for a question is strong enough to answer it, and if not,
 * says why. Every reason the bot abstains is decided here.
 */
public final class Abstention {

    /** The passages whose text decides whether a year or an amount the question asks for is covered. */
    private static final int BEST_PASSAGES = 3;

    private final RetrievalConfig config;
    private final StatedAmounts amounts;

    public Abstention(RetrievalConfig config, TermExtractor terms, Lexicon lexicon) {
        this.config = config;
        this.amounts = new StatedAmounts(terms, lexicon);
    }

    /** Why the bot should not answer, or empty when it should. */
    Optional<AbstainReason> reason(Retrieval found) {
        AnalyzedQuestion question = found.question();
        if (question.smallTalk()) {
            return Optional.of(AbstainReason.SMALL_TALK);
        }
        if (found.hits().isEmpty()) {
            return Optional.of(AbstainReason.NO_EVIDENCE);
        }
        if (asksAboutUnmentionedYear(found)) {
            return Optional.of(AbstainReason.UNMENTIONED_YEAR);
        }
        if (asksForATodaysFact(question)) {
            return Optional.of(AbstainReason.PRESENT_DAY);
        }
        if (asksForAnAmount(question)
                && !amounts.stated(question, question.amount().get(), best(found))) {
            return Optional.of(AbstainReason.AMOUNT_NOT_STATED);
        }
        if (!question.everydayMatters().isEmpty() && !spokenOf(question.everydayMatters(), best(found))) {
            return Optional.of(AbstainReason.EVERYDAY_MATTER);
        }
        if (question.named().isEmpty()
                && !question.followUp()
                && !question.onlyNumbers()
                && question.termWeights().size() <= config.shortQuestionTerms()) {
            return found.passageCoverage() >= config.minCoverageShort()
                    ? Optional.empty()
                    : Optional.of(AbstainReason.LOW_COVERAGE);
        }
        double needed = question.named().isEmpty()
                ? config.minCoverageFor(question.language().code())
                : config.minCoverageNamed();
        if (coverage(found) >= needed) {
            return Optional.empty();
        }
        double similarity = question.switchedToEnglish() ? config.minSimilaritySwitched() : config.minSimilarity();
        if (found.similarity() >= similarity) {
            return Optional.empty();
        }
        if (question.onlyNumbers()) {
            return Optional.of(
                    question.termWeights().isEmpty() ? AbstainReason.NO_EVIDENCE : AbstainReason.NUMBERS_ONLY);
        }
        return Optional.of(AbstainReason.LOW_COVERAGE);
    }

    /**
     * The share of the question's words the passages hold, none when its only words are numbers: the
     * passages then match a date or a count, not a topic.
     */
    static double coverage(Retrieval found) {
        return found.question().onlyNumbers() ? 0 : found.coverage();
    }

    /**
     * Whether the question asks for a fact and pins it to the present day: "thủ tướng Anh hiện nay
     * là ai?" shares a name with a case of the 1990s, but the knowledge base dates what it says and
     * holds nothing current. A question that asks for an explanation ("what limits these dialogues
     * nowadays?") is answered from the analysis it asks for.
     */
    private static boolean asksForATodaysFact(AnalyzedQuestion question) {
        return question.aboutThePresent()
                && !question.followUp()
                && !question.type().explains();
    }

    /**
     * Whether the question asks how many or how much as a fact of its own: "how does a workshop run?
     * like how many people are in the room?" asks how it works, which the section on it answers.
     */
    private static boolean asksForAnAmount(AnalyzedQuestion question) {
        return question.amount().isPresent() && !question.type().explains();
    }

    /**
     * Whether the passages speak of every everyday matter a question asks about: "which hotel hosts
     * the Shangri-La Dialogue?" is answered by a passage that names the hotel, but a taxi to that
     * hotel is a matter none of them speaks of.
     */
    private static boolean spokenOf(List<String> matters, List<Hit> passages) {
        String folded = passages.stream()
                .map(hit -> TextFolding.foldWords(
                        hit.passage().title() + " " + hit.passage().text()))
                .collect(Collectors.joining(" ", " ", " "));
        return matters.stream().allMatch(matter -> folded.contains(" " + matter + " "));
    }

    private static List<Hit> best(Retrieval found) {
        return found.hits().subList(0, Math.min(BEST_PASSAGES, found.hits().size()));
    }

    /**
     * Whether the question names a year that none of the best passages mentions. The knowledge
     * base then holds nothing on what happened that year: "who won the table tennis championship in
     * 2023?" finds ping-pong diplomacy in 1971, and quoting 1971 would answer a question nobody
     * asked, however similar its words. A year the passages do mention ("the Oslo talks in 1993")
     * is evidence like any other word, and so is a decade one of whose years the passages mention.
     */
    private static boolean asksAboutUnmentionedYear(Retrieval found) {
        if (found.question().years().isEmpty()) {
            return false;
        }
        Set<String> mentioned = new HashSet<>();
        for (Hit hit : best(found)) {
            mentioned.addAll(
                    Numbers.yearsIn(hit.passage().title() + " " + hit.passage().text()));
        }
        // "The late 1980s" asks about a decade, which any year of it the passages mention covers.
        Set<String> decades = Numbers.decadesIn(found.question().asked());
        return !found.question().years().stream()
                .allMatch(year -> mentioned.contains(year)
                        || (decades.contains(year) && mentioned.stream().anyMatch(m -> Numbers.inDecade(m, year))));
    }
}
