package dev.backchannel;

import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.ChatModelFactory;
import dev.backchannel.answer.GroundedPrompt;
import dev.backchannel.answer.LlmAnswerer;
import dev.backchannel.answer.ExtractiveComposer;
import dev.backchannel.answer.QuestionSanitizer;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.config.RetrievalMode;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.EmbedderFactory;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.ContentHash;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.retrieval.Glossary;
import dev.backchannel.retrieval.LanguageDetector;
import dev.backchannel.retrieval.PassageRetriever;
import dev.backchannel.retrieval.Retriever;
import dev.backchannel.retrieval.TermExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  private final Optional<Embedder> embedder;
  private final Glossary glossary;
  private final TermExtractor terms = new TermExtractor();
  private final LanguageDetector detector = new LanguageDetector();
  private final Optional<LlmAnswerer> llm;
  private final Retriever retriever;
  private final AnswerService answers;

  private Backchannel(BackchannelConfig config, KnowledgeBase knowledge, PassageIndex index, Optional<Embedder> embedder) {
    this.config = config;
    this.knowledge = knowledge;
    this.index = index;
    this.embedder = embedder;
    this.glossary = new Glossary(knowledge);
    this.llm =
        ChatModelFactory.create(config.llm())
            .map(model -> new LlmAnswerer(model, ChatModelFactory.createStreaming(config.llm()), new GroundedPrompt(), config.llm(), Clock.systemUTC()));
    this.retriever = retriever(config.retrieval());
    this.answers = answers(retriever);
  }

  /** Loads the knowledge (skipping broken files, with a logged error each), then opens the index. */
  public static Backchannel open(BackchannelConfig config, Path home) {
    // The model takes seconds to load: do it while the knowledge files are read.
    CompletableFuture<Optional<Embedder>> loading = CompletableFuture.supplyAsync(() -> EmbedderFactory.create(config.embedding(), home));
    KnowledgeLoader.Result loaded = new KnowledgeLoader().load(config.knowledge().dir());
    for (Problem problem : loaded.problems()) {
      if (problem.isError()) {
        log.error("Skipping broken knowledge file: {}", problem.describe());
      } else {
        log.debug("{}", problem.describe());
      }
    }
    Optional<Embedder> embedder = join(loading);
    String salt = INDEX_FORMAT + "|" + embedder.map(Embedder::name).orElse("no-vectors");
    String version = ContentHash.of(config.knowledge().dir(), salt);
    KnowledgeBase knowledge = new KnowledgeBase(loaded.topics(), Chunker.standard(), version);
    PassageIndex index = PassageIndex.openOrBuild(config.index().dir(), knowledge, embedder);
    return new Backchannel(config, knowledge, index, embedder);
  }

  private Retriever retriever(RetrievalConfig retrieval) {
    return new PassageRetriever(index, glossary, terms, detector, embedder, retrieval);
  }

  private AnswerService answers(Retriever retriever) {
    return new AnswerService(
        new QuestionSanitizer(config.answer().maxQuestionChars()),
        retriever,
        new ExtractiveComposer(terms, config.answer()),
        llm,
        knowledge,
        config.retrieval());
  }

  /**
   * The same pipeline ranking with another mode, for comparing configurations on one index. Dense
   * modes need the embedding model: without it, the answer is empty.
   */
  public Optional<AnswerService> answersWith(RetrievalMode mode) {
    if (mode != RetrievalMode.BM25 && embedder.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(answers(retriever(config.retrieval().withMode(mode))));
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  public BackchannelConfig config() {
    return config;
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  public Optional<Embedder> embedder() {
    return embedder;
  }

  public Retriever retriever() {
    return retriever;
  }

  /** The language model answerer, when one is configured. */
  public Optional<LlmAnswerer> llm() {
    return llm;
  }

  public AnswerService answers() {
    return answers;
  }

  @Override
  public void close() throws IOException {
    llm.ifPresent(LlmAnswerer::close);
    index.close();
  }
}
