package dev.backchannel.retrieval;

import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.QuestionReading;
import java.util.List;

/**
 * Whether a question of a conversation that may be a follow-up is one. Read as a follow-up on its
 * shape alone, a new question in a conversation was dragged to the earlier topic (dev questions each
 * asked after another dev question: R@3 0.94 alone, 0.83 in the conversation). It is one when its
 * words leave no doubt, or when the conversation's topic, all its passages, holds its words at
 * least as well as the topic it finds alone (less {@code follow-up-margin} if shaped like one): "ai
 * sáng lập?" after Pugwash is asked of Pugwash, "who was Janusz Lewandowski?" after Track III is
 * not. A question with no mark of a follow-up must also find in the conversation's topic what a
 * question needs to be answered: read in the topic, "cách nấu phở bò ngon" would borrow the topic's
 * evidence.
 *
 * <p>When the conversation is on a case, the two topics are weighed alike, every passage of each,
 * by the question's single words: "Ai là người chuyển thông điệp giữa hai bên?" after Marigold finds
 * the intermediary concept alone, whose retrieved passages hold the pair "điệp giữa" that Marigold's
 * never happen to, though Marigold's hold every word. A case holds the people, places and dates a
 * question in general words asks after; a concept conversation keeps the retrieved passages' pairs,
 * which keep a new concept question from being read in the old concept.
 */
final class FollowUpChoice {

    private final TopicPassages topics;
    private final EvidenceCoverage coverage;
    private final RetrievalConfig config;

    FollowUpChoice(TopicPassages topics, EvidenceCoverage coverage, RetrievalConfig config) {
        this.topics = topics;
        this.coverage = coverage;
        this.config = config;
    }

    /** Whether its words alone make the question a follow-up, with no retrieval to weigh. */
    static boolean surely(QuestionReading read) {
        return read.shape() == QuestionReading.Shape.FOLLOWS_UP;
    }

    /**
     * @param alone what the question finds as it stands
     * @param contextTopic the topic the conversation's last answer cited first
     */
    boolean followsUp(QuestionReading read, Retrieval alone, String contextTopic) {
        if (surely(read)) {
            return true;
        }
        List<Passage> context = topics.passages(contextTopic);
        boolean onACase = !context.isEmpty() && context.get(0).kind() == Kind.EXAMPLE;
        double inContext =
                onACase ? coverage.ofWords(read.alone(), context) : coverage.ofPassages(read.alone(), context);
        double found = onACase ? wordsOfTopicFound(read, alone) : EvidenceCoverage.ofAlone(alone);
        return read.shape() == QuestionReading.Shape.MAY_FOLLOW_UP
                ? inContext >= found - config.followUpMargin()
                : inContext
                        >= Math.max(
                                found,
                                config.minCoverageFor(read.alone().language().code()));
    }

    /** The share of the question's words that the topic it finds alone holds, all its passages. */
    private double wordsOfTopicFound(QuestionReading read, Retrieval alone) {
        return alone.hits().isEmpty()
                ? 0
                : coverage.ofWords(
                        read.alone(),
                        topics.passages(alone.hits().get(0).passage().topicId()));
    }
}
