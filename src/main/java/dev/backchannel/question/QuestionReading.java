package dev.backchannel.question;

import java.util.Optional;

/**
 * The ways a question can be read: as it stands, and, when it is asked in a conversation and could
 * be about the conversation's topic, as a follow-up in that topic. Words alone cannot tell which
 * holds: "who was Janusz Lewandowski?" after an answer on Track III is shaped like a follow-up but
 * names what it asks about. Retrieval decides, on the evidence each reading finds.
 *
 * @param alone the question as it stands
 * @param asFollowUp the question read against the conversation's topic, when it may be a follow-up
 * @param shape what its words say of its place in the conversation
 */
public record QuestionReading(AnalyzedQuestion alone, Optional<AnalyzedQuestion> asFollowUp, Shape shape) {

    /** What a question's words say of its place in a conversation. */
    public enum Shape {
        /** It names a topic of its own, asks what something is or called, or has no conversation. */
        STANDS_ALONE,
        /**
         * Nothing in its words marks a follow-up, and it names no topic: "việt nam có tham gia ko?"
         * is one only if the conversation's topic answers it by itself.
         */
        UNMARKED,
        /** It refers back, turns to something ("what about …?") or asks for a kind of answer in a few words. */
        MAY_FOLLOW_UP,
        /**
         * A few words that name nothing and refer back, ask for more or ask for examples: "why did it
         * shut down so fast?", "anything else?", "cho vài ví dụ?"
         */
        FOLLOWS_UP
    }

    /** A question that can only be read as it stands. */
    public static QuestionReading standing(AnalyzedQuestion question) {
        return new QuestionReading(question, Optional.empty(), Shape.STANDS_ALONE);
    }
}
