package dev.backchannel.bench;

import dev.backchannel.Backchannel;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.LanguageDetector;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionReader;
import dev.backchannel.question.QuestionTypes;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.retrieval.PassageRetriever;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * The performance measurements behind the README's numbers: warm latency, throughput on all cores,
 * cold start, index build time, and a run on a generated corpus of many passages.
 */
public final class Benchmark {

    private static final int WARM_UP_ROUNDS = 2;

    private final Backchannel app;
    private final List<String> questions;
    private final PrintWriter out;

    public Benchmark(Backchannel app, List<String> questions, PrintWriter out) {
        this.app = app;
        this.questions = List.copyOf(questions);
        this.out = out;
    }

    /**
     * Retrieval against a plain embedding search in the same run, each question timed once, before
     * any other measurement has asked it.
     */
    public void versusPlainEmbedding() throws IOException {
        new VersusPlainEmbedding(app, out).run(questions);
    }

    /** Per-question latency of retrieval and of the whole extractive answer, after warm-up. */
    public void warmLatency(int rounds) {
        AnswerService answers = app.answers();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            questions.forEach(answers::ask);
        }
        List<Double> retrieve = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String question : questions) {
                Answer answer = answers.ask(question);
                retrieve.add(answer.timings().retrieveMs());
                total.add(answer.timings().totalMs());
            }
        }
        out.printf("warm retrieval:     %s%n", Percentiles.of(retrieve));
        out.printf("warm full answer:   %s%n", Percentiles.of(total));
        out.flush();
    }

    /** Questions answered per second with one thread per core. */
    public void throughput(int rounds) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        AnswerService answers = app.answers();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<String> shuffled = new ArrayList<>(questions);
                Collections.shuffle(shuffled, new java.util.Random(t));
                work.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        shuffled.forEach(answers::ask);
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(
                    "throughput:         %.0f questions/s on %d threads (%d questions in %.1f s)%n",
                    threads * rounds * questions.size() / seconds,
                    threads,
                    threads * rounds * questions.size(),
                    seconds);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        out.flush();
    }

    /**
     * Wall time of a whole {@code ask} process with the index already built, median of runs: the
     * launcher a user types, so its class-data-sharing archive counts (the first run writes it and
     * is not timed).
     */
    public void coldStart(Path home, int runs) throws Exception {
        Path launcher = home.resolve("backchannel");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher);
        }
        run(askProcess(launcher));
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(askProcess(launcher));
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        out.printf(
                "cold ask:           median %.0f ms of %d runs (index already built, launcher start to exit)%n",
                Percentiles.median(times), runs);
        out.flush();
    }

    private static ProcessBuilder askProcess(Path launcher) {
        ProcessBuilder builder =
                new ProcessBuilder(launcher.toString(), "ask", "--json", "What is Track II diplomacy?");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder;
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("the ask process exited with " + code);
        }
    }
    /** Time to build the index of the knowledge base from scratch, embeddings included. */
    public void indexBuild() throws IOException {
        Path dir = Files.createTempDirectory("backchannel-bench-index");
        try (FSDirectory directory = FSDirectory.open(dir)) {
            long start = System.nanoTime();
            try (PassageIndex index = PassageIndex.build(directory, app.knowledge(), app.embedder())) {
                out.printf(
                        "index build:        %.1f s for %d passages (%s)%n",
                        (System.nanoTime() - start) / 1e9,
                        index.size(),
                        app.embedder().map(e -> "with vectors").orElse("no vectors"));
            }
        } finally {
            delete(dir);
        }
        out.flush();
    }

    /**
     * A generated corpus of {@code passages} passages (the real sentences, shuffled into new topics):
     * build time, hybrid retrieval latency with real question embeddings, and the heap in use.
     */
    public void scale(int passages) throws IOException {
        KnowledgeBase corpus =
                new KnowledgeBase(SyntheticCorpus.topics(app.knowledge(), passages, 42), Chunker.standard(), "scale");
        Optional<Embedder> embedder = app.embedder()
                .map(real -> new Embedder(
                        new MixedEmbeddingModel(
                                real.model(),
                                new HashingEmbeddingModel(real.model().dimension())),
                        "mixed",
                        "",
                        ""));
        Path dir = Files.createTempDirectory("backchannel-bench-scale");
        try (FSDirectory directory = FSDirectory.open(dir)) {
            long start = System.nanoTime();
            try (PassageIndex index = PassageIndex.build(directory, corpus, embedder)) {
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                RetrievalConfig config = app.config().retrieval();
                Lexicon lexicon = Lexicon.standard();
                TermExtractor terms = new TermExtractor(lexicon);
                QuestionReader reader = new QuestionReader(
                        index,
                        new Glossary(corpus),
                        terms,
                        new LanguageDetector(lexicon),
                        new QuestionTypes(lexicon, SectionKinds.standard()),
                        lexicon);
                PassageRetriever retriever = new PassageRetriever(index, terms, embedder, config);
                for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                    questions.forEach(q -> retriever.retrieve(reader.read(q), List.of()));
                }
                List<Double> latencies = new ArrayList<>();
                for (String question : questions) {
                    long begin = System.nanoTime();
                    retriever.retrieve(reader.read(question), List.of());
                    latencies.add((System.nanoTime() - begin) / 1e6);
                }
                System.gc();
                long heap = Runtime.getRuntime().totalMemory()
                        - Runtime.getRuntime().freeMemory();
                out.printf(
                        "scale %d passages: build %.1f s, %s retrieval %s, heap in use %d MiB, index %d MiB on disk%n",
                        index.size(),
                        buildSeconds,
                        embedder.isPresent() ? config.mode().name().toLowerCase(java.util.Locale.ROOT) : "bm25",
                        Percentiles.of(latencies),
                        heap >> 20,
                        size(dir) >> 20);
            }
        } finally {
            delete(dir);
        }
        out.flush();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
