package dev.backchannel.bench;

import dev.backchannel.Backchannel;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.IndexVersions;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Topic;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's retrieval timed against a plain embedding search in one run, on one machine state:
 * absolute milliseconds move with whatever else the machine does, their ratio much less. Both are
 * warmed on questions that are not timed (the topics' titles and aliases), then each timed question
 * is asked once of each, in alternating order, so no cache or branch history learned from it helps.
 */
final class VersusPlainEmbedding {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int TOP_K = 8;

    private final Backchannel app;
    private final PrintWriter out;

    VersusPlainEmbedding(Backchannel app, PrintWriter out) {
        this.app = app;
        this.out = out;
    }

    void run(List<String> questions) throws IOException {
        if (app.embedder().isEmpty()) {
            out.println("versus plain embedding search: skipped (no embedding model configured)");
            out.flush();
            return;
        }
        Embedder embedder = app.embedder().get();
        IndexVersions versions = new IndexVersions(app.config().index().dir());
        try (PassageIndex index = PassageIndex.open(versions.directory(app.knowledgeVersion()))) {
            PlainEmbeddingSearch plain = PlainEmbeddingSearch.over(index, embedder);
            List<String> warmUp = warmUpQuestions();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String question : warmUp) {
                    app.retrieve(question);
                    plain.nearest(question, TOP_K);
                }
            }
            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                String question = questions.get(i);
                if (i % 2 == 0) {
                    ours.add(timeOurs(question));
                    theirs.add(timePlain(plain, question));
                } else {
                    theirs.add(timePlain(plain, question));
                    ours.add(timeOurs(question));
                }
            }
            Percentiles hybrid = Percentiles.of(ours);
            Percentiles baseline = Percentiles.of(theirs);
            out.printf("retrieval, each question once: %s%n", hybrid);
            out.printf("plain embedding search:        %s (%d vectors in memory)%n", baseline, plain.size());
            out.printf(
                    "ratio to plain search:         p50 %.2fx, p99 %.2fx%n",
                    hybrid.p50() / baseline.p50(), hybrid.p99() / baseline.p99());
        }
        out.flush();
    }

    private double timeOurs(String question) {
        long start = System.nanoTime();
        app.retrieve(question);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double timePlain(PlainEmbeddingSearch plain, String question) {
        long start = System.nanoTime();
        plain.nearest(question, TOP_K);
        return (System.nanoTime() - start) / 1e6;
    }

    private List<String> warmUpQuestions() {
        List<String> warmUp = new ArrayList<>();
        for (Topic topic : app.knowledge().topics()) {
            warmUp.add(topic.title());
            warmUp.addAll(topic.aliases());
        }
        return warmUp;
    }
}
