package dev.backchannel.retrieval;

import dev.backchannel.question.AnalyzedQuestion;
import java.util.List;

/** Finds the passages that answer a question. */
public interface Retriever {

    /**
     * @param question the question as read
     * @param contextTopics topics of the previous turn of a conversation, most recent first, which
     *     a follow-up such as "who started it?" refers to
     */
    Retrieval retrieve(AnalyzedQuestion question, List<String> contextTopics);
}
