package dev.backchannel.serving;

import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.retrieval.Glossary;
import dev.backchannel.retrieval.Retriever;
import java.io.Closeable;
import java.io.IOException;

/**
 * One knowledge version as it is served: the topics, their index, the glossary of their names and
 * a retriever over that index. Nothing in it changes; a reload makes a new one.
 */
public record ServedKnowledge(KnowledgeBase knowledge, PassageIndex index, Glossary glossary, Retriever retriever)
    implements Closeable {

  public String version() {
    return knowledge.version();
  }

  /** Closes the index; the topics stay readable. */
  @Override
  public void close() throws IOException {
    index.close();
  }
}
