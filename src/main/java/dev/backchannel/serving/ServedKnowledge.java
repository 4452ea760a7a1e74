package dev.backchannel.serving;

import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.question.QuestionReader;
import dev.backchannel.question.QuestionReading;
import dev.backchannel.retrieval.Retrieval;
import dev.backchannel.retrieval.Retriever;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * One knowledge version as it is served: the topics, their index, a reader of questions against
 * them and a retriever over that index. Nothing in it changes; a reload makes a new one.
 */
public record ServedKnowledge(KnowledgeBase knowledge, PassageIndex index, QuestionReader reader, Retriever retriever)
        implements Closeable {

    public String version() {
        return knowledge.version();
    }

    /** Reads a question that stands alone and retrieves its passages. */
    public Retrieval retrieve(String question) {
        return retriever.retrieve(question, asked -> QuestionReading.standing(reader.read(asked)), List.of());
    }

    /** Closes the index; the topics stay readable. */
    @Override
    public void close() throws IOException {
        index.close();
    }
}
