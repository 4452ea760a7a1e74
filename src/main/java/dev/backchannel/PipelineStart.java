package dev.backchannel;

import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.index.BuildProgress;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.EmbedderFactory;
import dev.backchannel.index.ModelStart;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.question.LanguageDetector;
import dev.backchannel.question.Lexicon;
import dev.backchannel.retrieval.EmbeddedQuestions;
import dev.backchannel.serving.KnowledgeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the pipeline: the embedding model begins loading, the knowledge files are read (broken
 * ones skipped, with a logged error each) and the index of their version opened, built when there
 * is none.
 */
final class PipelineStart {

    /** Bumped whenever indexing changes, so an index written by an older build is rebuilt. */
    static final String INDEX_FORMAT = "index-format-9";

    private PipelineStart() {}

    /** When the model should start loading for a one-shot question: at once only if it will be embedded. */
    static ModelStart modelStartFor(String question, BackchannelConfig config) {
        boolean embedded =
                new EmbeddedQuestions(config.retrieval(), new LanguageDetector(Lexicon.standard())).anyOf(question);
        return embedded ? ModelStart.NOW : ModelStart.ON_FIRST_USE;
    }

    static Backchannel open(BackchannelConfig config, Path home, BuildProgress progress, ModelStart start) {
        // The model loads on its own thread while the knowledge is read and its index opened.
        Optional<Embedder> embedder = EmbedderFactory.create(config.embedding(), home, start);
        KnowledgeFiles files = new KnowledgeFiles(config.knowledge(), config.index());
        String salt = INDEX_FORMAT + "|" + embedder.map(Embedder::name).orElse("no-vectors");
        KnowledgeFiles.Read read = files.read(salt);
        KnowledgeBase knowledge = new KnowledgeBase(read.topics(), Chunker.standard(), read.version());
        Backchannel app = new Backchannel(config, files, salt, knowledge, embedder, progress);
        // A model that cannot load fails the start, as it always has, rather than the first question.
        try {
            embedder.filter(model -> start == ModelStart.NOW).ifPresent(Embedder::awaitModel);
        } catch (RuntimeException e) {
            try {
                app.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return app;
    }
}
