package dev.backchannel.quiz;

import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Random;

/** Makes the questions of one format. */
interface QuestionMaker {

    QuizFormat format();

    /** Whether the format can ask about the topic at all. */
    boolean fits(Topic topic);

    /**
     * Candidate questions about the topic, to be checked in order until one passes; empty when the
     * knowledge base offers too few options of the kind.
     */
    List<Candidate> candidates(Topic topic, Random random);
}
