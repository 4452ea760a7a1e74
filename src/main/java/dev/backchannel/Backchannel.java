package dev.backchannel;

import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.ExtractiveComposer;
import dev.backchannel.answer.QuestionSanitizer;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.ContentHash;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.retrieval.Glossary;
import dev.backchannel.retrieval.LanguageDetector;
import dev.backchannel.retrieval.LexicalRetriever;
import dev.backchannel.retrieval.TermExtractor;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running pipeline, wired in one place: knowledge, index, retrieval and the answer service
 * the front ends call.
 */
public final class Backchannel implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Backchannel.class);

  /** Bumped whenever indexing changes, so an index written by an older build is rebuilt. */
  static final String INDEX_FORMAT = "index-format-2";

  private final BackchannelConfig config;
  private final KnowledgeBase knowledge;
  private final PassageIndex index;
  private final AnswerService answers;

  private Backchannel(BackchannelConfig config, KnowledgeBase knowledge, PassageIndex index, AnswerService answers) {
    this.config = config;
    this.knowledge = knowledge;
    this.index = index;
    this.answers = answers;
  }

  /** Loads the knowledge (skipping broken files, with a logged error each), then opens the index. */
  public static Backchannel open(BackchannelConfig config) {
    KnowledgeLoader.Result loaded = new KnowledgeLoader().load(config.knowledge().dir());
    for (Problem problem : loaded.problems()) {
      if (problem.isError()) {
        log.error("Skipping broken knowledge file: {}", problem.describe());
      } else {
        log.debug("{}", problem.describe());
      }
    }
    String version = ContentHash.of(config.knowledge().dir(), INDEX_FORMAT);
    KnowledgeBase knowledge = new KnowledgeBase(loaded.topics(), Chunker.standard(), version);
    PassageIndex index = PassageIndex.openOrBuild(config.index().dir(), knowledge);
    TermExtractor terms = new TermExtractor();
    LexicalRetriever retriever =
        new LexicalRetriever(index, new Glossary(knowledge), terms, new LanguageDetector(), config.retrieval());
    AnswerService answers =
        new AnswerService(
            new QuestionSanitizer(config.answer().maxQuestionChars()),
            retriever,
            new ExtractiveComposer(terms, config.answer()),
            knowledge,
            config.retrieval());
    return new Backchannel(config, knowledge, index, answers);
  }

  public BackchannelConfig config() {
    return config;
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  public AnswerService answers() {
    return answers;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
