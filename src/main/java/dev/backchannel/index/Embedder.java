package dev.backchannel.index;

import dev.backchannel.concurrent.Futures;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Turns questions and passages into vectors with a LangChain4j embedding model, adding the
 * prefixes the model was trained with (retrieval models embed a query and a passage differently).
 */
public final class Embedder {

    private final Supplier<CompletableFuture<EmbeddingModel>> load;
    /** The model loading or loaded; read on every embedding, so set once and read without a lock. */
    private volatile CompletableFuture<EmbeddingModel> model;

    private final String name;
    private final String queryPrefix;
    private final String passagePrefix;

    public Embedder(EmbeddingModel model, String name, String queryPrefix, String passagePrefix) {
        this(() -> CompletableFuture.completedFuture(model), ModelStart.NOW, name, queryPrefix, passagePrefix);
    }

    /**
     * An embedder whose model {@code load} starts loading, now or when first needed: what needs no
     * vectors (reading the knowledge, opening the index) goes on meanwhile, and the first embedding
     * waits for the model.
     */
    public Embedder(
            Supplier<CompletableFuture<EmbeddingModel>> load,
            ModelStart start,
            String name,
            String queryPrefix,
            String passagePrefix) {
        this.load = load;
        this.name = name;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
        if (start == ModelStart.NOW) {
            loading();
        }
    }

    /** Identifies the vectors: an index built with another model or prefix must be rebuilt. */
    public String name() {
        return name + "|" + queryPrefix + "|" + passagePrefix;
    }

    /** The model, once loaded; a model that failed to load throws its failure here. */
    public EmbeddingModel model() {
        return Futures.join(loading());
    }

    private CompletableFuture<EmbeddingModel> loading() {
        CompletableFuture<EmbeddingModel> started = model;
        if (started != null) {
            return started;
        }
        synchronized (this) {
            if (model == null) {
                model = load.get();
            }
            return model;
        }
    }

    /** Waits until the model has loaded, throwing what made it fail. */
    public void awaitModel() {
        model();
    }

    public float[] embedQuery(String question) {
        return model().embed(queryPrefix + question).content().vector();
    }

    public List<float[]> embedPassages(List<String> passages) {
        List<TextSegment> segments =
                passages.stream().map(p -> TextSegment.from(passagePrefix + p)).toList();
        return model().embedAll(segments).content().stream()
                .map(Embedding::vector)
                .toList();
    }
}
