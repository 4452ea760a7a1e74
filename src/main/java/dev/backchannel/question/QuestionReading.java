package dev.backchannel.question;

import java.util.Optional;

/**
 * The ways a question can be read: as it stands, and, when it is asked in a conversation in words
 * that could refer back ("who was he?", "ai sáng lập?"), as a follow-up in the conversation's
 * topic. Words alone cannot tell which holds: "who was Janusz Lewandowski?" after an answer on
 * Track III is shaped like a follow-up but names what it asks about. Retrieval decides, on the
 * evidence each reading finds.
 *
 * @param alone the question as it stands
 * @param asFollowUp the question read against the conversation's topic, when it may be a follow-up
 * @param surely whether its words leave no doubt that it is one: a few words that name nothing and
 *     refer back ("why did it shut down so fast?"), whose own evidence says nothing
 */
public record QuestionReading(AnalyzedQuestion alone, Optional<AnalyzedQuestion> asFollowUp, boolean surely) {

    /** A question that can only be read as it stands. */
    public static QuestionReading standing(AnalyzedQuestion question) {
        return new QuestionReading(question, Optional.empty(), false);
    }
}
