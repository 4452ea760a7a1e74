package dev.backchannel.retrieval;

import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.QuestionReading;
import java.util.List;
import java.util.function.Function;

/** Finds the passages that answer a question. */
public interface Retriever {

    /**
     * @param question the question as read
     * @param contextTopics topics of the previous turn of a conversation, most recent first, which
     *     a follow-up such as "who started it?" refers to
     */
    Retrieval retrieve(AnalyzedQuestion question, List<String> contextTopics);

    /**
     * Reads the question and retrieves its passages; a retriever may begin what does not need the
     * question read (its embedding) while it is read. A question that may be a follow-up is
     * retrieved both ways and taken as a follow-up only when the conversation's topic holds its
     * words about as well as the topic it finds alone.
     *
     * @param asked the question as asked
     * @param reading reads it
     */
    Retrieval retrieve(String asked, Function<String, QuestionReading> reading, List<String> contextTopics);
}
