package dev.backchannel;

import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.ChatModelFactory;
import dev.backchannel.answer.GroundedPrompt;
import dev.backchannel.answer.LlmAnswerer;
import dev.backchannel.answer.QuestionSanitizer;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.config.RetrievalMode;
import dev.backchannel.discord.DiscordFeatures;
import dev.backchannel.index.BuildProgress;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.IndexVersions;
import dev.backchannel.index.ModelStart;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.notes.CourseNotes;
import dev.backchannel.ops.Metrics;
import dev.backchannel.retrieval.Retrieval;
import dev.backchannel.retrieval.Retriever;
import dev.backchannel.serving.KnowledgeFiles;
import dev.backchannel.serving.KnowledgeHolder;
import dev.backchannel.serving.KnowledgeReloader;
import dev.backchannel.serving.KnowledgeWatcher;
import dev.backchannel.serving.PerVersion;
import dev.backchannel.serving.ReloadOutcome;
import dev.backchannel.serving.ServedKnowledge;
import dev.backchannel.serving.ServerKnowledge;
import dev.backchannel.serving.ServerNotes;
import dev.backchannel.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running pipeline, wired in one place: knowledge, index, retrieval and the answer service
 * the front ends call, and the Discord bot's features over it. The knowledge version it serves can
 * be swapped by a reload while it runs.
 */
public final class Backchannel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Backchannel.class);

    private final BackchannelConfig config;
    private final Optional<Embedder> embedder;
    private final IndexVersions indexes;
    private final KnowledgeServing serving;

    private final KnowledgeHolder served;
    private final KnowledgeReloader reloader;
    private final Optional<LlmAnswerer> llm;
    private final AnswerService answers;
    private KnowledgeWatcher watcher;
    /** What the front ends' features opened over this pipeline; guarded by {@code this}. */
    private final List<AutoCloseable> closeWithApp = new ArrayList<>();

    /** How many Discord servers' course notes stay indexed at once. */
    private static final int SERVERS_KEPT = 64;

    Backchannel(
            BackchannelConfig config,
            KnowledgeFiles files,
            String salt,
            KnowledgeBase knowledge,
            Optional<Embedder> embedder,
            BuildProgress progress) {
        this.config = config;
        this.embedder = embedder;
        this.serving = new KnowledgeServing(embedder, config.retrieval());
        this.indexes = new IndexVersions(config.index().dir(), progress);
        this.served = new KnowledgeHolder(serve(knowledge, () -> true), this::retire);
        indexes.removeOlderThan(knowledge.version());
        this.reloader = new KnowledgeReloader(files, salt, this::serve, served);
        this.llm = ChatModelFactory.create(config.llm())
                .map(model -> new LlmAnswerer(
                        model,
                        ChatModelFactory.createStreaming(config.llm()),
                        new GroundedPrompt(),
                        config.llm(),
                        config.answer().maxChars(),
                        Clock.systemUTC()));
        this.answers = answers(ServedKnowledge::retriever, Optional.empty());
    }

    /**
     * Loads the knowledge (skipping broken files, with a logged error each), then opens the index of
     * its version, building it when there is none.
     */
    public static Backchannel open(BackchannelConfig config, Path home) {
        return open(config, home, BuildProgress.SILENT);
    }

    /** As {@link #open(BackchannelConfig, Path)}, telling {@code progress} how an index build goes. */
    public static Backchannel open(BackchannelConfig config, Path home, BuildProgress progress) {
        return PipelineStart.open(config, home, progress, ModelStart.NOW);
    }

    /**
     * Opens the pipeline to answer one question and exit: the embedding model starts loading at once
     * only when retrieval will embed the question. Otherwise it loads if something asks for a vector
     * (an index to build), and a model that cannot load fails only then.
     */
    public static Backchannel openFor(String question, BackchannelConfig config, Path home, BuildProgress progress) {
        return PipelineStart.open(config, home, progress, PipelineStart.modelStartFor(question, config));
    }

    /**
     * A knowledge base indexed and ready to serve, at start-up or on a reload; a reload's build stops
     * once {@code stillWanted} says no.
     */
    private ServedKnowledge serve(KnowledgeBase knowledge, BooleanSupplier stillWanted) {
        return serving.serve(knowledge, indexes.open(knowledge, embedder, stillWanted));
    }

    /** A replaced version that nothing uses any more: its index is closed and its directory removed. */
    private void retire(ServedKnowledge old) {
        try {
            old.close();
        } catch (IOException e) {
            log.warn("Closing the index of knowledge version {} failed: {}", old.version(), e.toString());
        }
        // The files may have gone back to this version since, and its directory be serving again.
        if (!old.version().equals(served.current().version())) {
            indexes.delete(old.version());
        }
    }

    private AnswerService answers(Function<ServedKnowledge, Retriever> retrievers, Optional<ServerKnowledge> servers) {
        return new AnswerService(
                new QuestionSanitizer(config.answer().maxQuestionChars()),
                served,
                retrievers,
                serving.composer(config.answer()),
                llm,
                serving.abstention(config.retrieval()),
                config.answer().startingPoints(),
                servers);
    }

    /**
     * The same pipeline ranking with another mode, for comparing configurations on one index. Dense
     * modes need the embedding model: without it, the answer is empty.
     */
    public Optional<AnswerService> answersWith(RetrievalMode mode) {
        if (mode != RetrievalMode.BM25 && embedder.isEmpty()) {
            return Optional.empty();
        }
        RetrievalConfig retrieval = config.retrieval().withMode(mode);
        return Optional.of(
                answers(PerVersion.of(version -> serving.retriever(version.index(), retrieval)), Optional.empty()));
    }

    /**
     * Reloads the knowledge whenever its files change, when {@code knowledge.watch} is on. Only the
     * long-running front ends call it, so a one-shot command never starts the watcher's thread.
     */
    public synchronized void watchKnowledge() {
        if (!config.knowledge().watch() || watcher != null) {
            return;
        }
        try {
            watcher = KnowledgeWatcher.start(
                    config.knowledge().dir(), config.knowledge().reloadDebounceDuration(), reloader::reload);
        } catch (IOException | UncheckedIOException e) {
            // Answering matters more than reloading: serve what is loaded, and say why edits need a restart.
            log.error(
                    "Cannot watch {} for changes ({}); restart to pick up edited knowledge",
                    config.knowledge().dir(),
                    e.toString());
        }
    }

    /** Tells {@code listener} the outcome of every reload, on the thread that ran it. */
    public void onReload(Consumer<ReloadOutcome> listener) {
        reloader.addListener(listener);
    }

    /** The content hash of the knowledge being served. */
    public String knowledgeVersion() {
        return served.current().version();
    }

    public BackchannelConfig config() {
        return config;
    }

    /** The knowledge being served now; a later call may return a newer version. */
    public KnowledgeBase knowledge() {
        return served.current().knowledge();
    }

    public Optional<Embedder> embedder() {
        return embedder;
    }

    /** Retrieval for a question that stands alone, over the version served when it is asked. */
    public Retrieval retrieve(String question) {
        try (KnowledgeHolder.Lease lease = served.acquire()) {
            return lease.served().retrieve(question);
        }
    }

    /** The language model answerer, when one is configured. */
    public Optional<LlmAnswerer> llm() {
        return llm;
    }

    public AnswerService answers() {
        return answers;
    }

    /**
     * The Discord bot's features over this pipeline and {@code database}, each built once and given
     * only what it uses; the bot closes the servers' settings they share when it stops.
     */
    public DiscordFeatures discord(DiscordConfig discord, Database database, Metrics metrics) {
        CourseNotes notes = courseNotes(database);
        return DiscordWiring.features(
                answersWithNotes(notes),
                this::knowledge,
                discord,
                database,
                config.store().retentionDays(),
                metrics,
                notes);
    }

    /**
     * Answers that search the course notes of the server a question names in its options, read from
     * {@code notes} at each question, as well as the shared knowledge.
     */
    public AnswerService answersWithNotes(ServerNotes notes) {
        ServerKnowledge servers = new ServerKnowledge(notes, serving::withNotes, SERVERS_KEPT);
        closeWithApp(servers);
        return answers(ServedKnowledge::retriever, Optional.of(servers));
    }

    /** The course notes each Discord server keeps in {@code database}, within the configured limits. */
    public CourseNotes courseNotes(Database database) {
        return CourseNotes.open(database, config.knowledge(), this::knowledge);
    }

    private synchronized void closeWithApp(AutoCloseable resource) {
        closeWithApp.add(resource);
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
            }
            for (AutoCloseable resource : closeWithApp) {
                try {
                    resource.close();
                } catch (Exception e) {
                    log.warn("Closing {} failed: {}", resource, e.toString());
                }
            }
        }
        llm.ifPresent(LlmAnswerer::close);
        served.close();
        serving.close();
    }
}
