package dev.backchannel.index;

import dev.backchannel.concurrent.Background;
import dev.backchannel.config.ConfigException;
import dev.backchannel.config.EmbeddingConfig;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Builds the configured embedding model. Shipped models are loaded from their Maven artifact by
 * class name, so a candidate that is not on the class path fails with a message instead of being
 * a compile-time dependency of every build.
 */
public final class EmbedderFactory {

    /**
     * A model built into the jar: its LangChain4j class, and for the default model the files that
     * class reads, so they can be read from a copy on disk instead.
     */
    private record Shipped(String className, String queryPrefix, String passagePrefix, Optional<ShippedFiles> files) {

        Shipped(String className, String queryPrefix, String passagePrefix) {
            this(className, queryPrefix, passagePrefix, Optional.empty());
        }
    }

    private record ShippedFiles(String model, String tokenizer, PoolingMode pooling) {}

    private static final Map<String, Shipped> SHIPPED = Map.of(
            "bge-small-en-v15-q",
            new Shipped(
                    "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel",
                    "Represent this sentence for searching relevant passages: ",
                    "",
                    // As that class reads them: the same files, the same pooling, the same vectors.
                    Optional.of(new ShippedFiles(
                            "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS))),
            "all-minilm-l6-v2-q",
            new Shipped(
                    "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", "", ""),
            "e5-small-v2-q",
            new Shipped(
                    "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel",
                    "query: ",
                    "passage: "));

    /** Where the shipped model's files are copied, under the project home. */
    private static final String MODEL_COPIES = "data/models";

    private static final java.time.Duration REMOTE_TIMEOUT = java.time.Duration.ofSeconds(30);

    private EmbedderFactory() {}

    public static Optional<Embedder> create(EmbeddingConfig config, Path home) {
        return create(config, home, ModelStart.NOW);
    }

    /** The configured model; an in-process one starts loading as {@code start} says. */
    public static Optional<Embedder> create(EmbeddingConfig config, Path home, ModelStart start) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        if ("openai".equals(config.model()) || "ollama".equals(config.model())) {
            return Optional.of(new Embedder(
                    remote(config),
                    config.model() + ":" + config.remoteModel(),
                    prefix(config.queryPrefix(), ""),
                    prefix(config.passagePrefix(), "")));
        }
        if ("onnx".equals(config.model())) {
            Path model = home.resolve(config.onnxModel());
            Path tokenizer = home.resolve(config.onnxTokenizer());
            if (!Files.isRegularFile(model) || !Files.isRegularFile(tokenizer)) {
                throw new ConfigException("embedding.model is onnx but the model or tokenizer file is missing: " + model
                        + ", " + tokenizer);
            }
            PoolingMode pooling = PoolingMode.valueOf(config.pooling().toUpperCase(Locale.ROOT));
            return Optional.of(new Embedder(
                    () -> loading(home, () -> new OnnxEmbeddingModel(model, tokenizer, pooling)),
                    start,
                    "onnx:" + model.getFileName(),
                    prefix(config.queryPrefix(), ""),
                    prefix(config.passagePrefix(), "")));
        }
        Shipped shipped = SHIPPED.get(config.model());
        if (shipped == null) {
            throw new ConfigException("unknown embedding.model '" + config.model()
                    + "': use none, onnx, openai, ollama or one of " + SHIPPED.keySet());
        }
        return Optional.of(new Embedder(
                () -> loading(
                        home,
                        () -> fromCopies(shipped, home.resolve(MODEL_COPIES))
                                .orElseGet(() -> instantiate(config.model(), shipped.className()))),
                start,
                config.model(),
                prefix(config.queryPrefix(), shipped.queryPrefix()),
                prefix(config.passagePrefix(), shipped.passagePrefix())));
    }

    /**
     * An in-process model loads on a thread of its own: it takes most of a second, which the caller
     * spends reading the knowledge and opening the index.
     */
    private static CompletableFuture<EmbeddingModel> loading(Path home, Supplier<EmbeddingModel> load) {
        return Background.supply("embedding-model-load", () -> {
            ModelFiles.useRuntimeLibrariesIn(home.resolve(MODEL_COPIES));
            return load.get();
        });
    }

    /** A LangChain4j embedding client; the index is then built by calls to the provider. */
    private static EmbeddingModel remote(EmbeddingConfig config) {
        if (config.remoteModel().isBlank()) {
            throw new ConfigException("embedding.model is " + config.model() + " but embedding.remote-model is empty");
        }
        if ("openai".equals(config.model())) {
            return OpenAiEmbeddingModel.builder()
                    .baseUrl(config.baseUrl().isBlank() ? null : config.baseUrl())
                    .apiKey(config.apiKey().isBlank() ? "no-key" : config.apiKey())
                    .modelName(config.remoteModel())
                    .timeout(REMOTE_TIMEOUT)
                    .build();
        }
        return OllamaEmbeddingModel.builder()
                .baseUrl(config.baseUrl().isBlank() ? "http://localhost:11434" : config.baseUrl())
                .modelName(config.remoteModel())
                .timeout(REMOTE_TIMEOUT)
                .build();
    }

    private static String prefix(String configured, String modelDefault) {
        return "auto".equals(configured) ? modelDefault : configured;
    }

    /** The shipped model read from its files copied to {@code dir}, when they are there or can be. */
    private static Optional<EmbeddingModel> fromCopies(Shipped shipped, Path dir) {
        if (shipped.files().isEmpty()) {
            return Optional.empty();
        }
        ShippedFiles files = shipped.files().get();
        Optional<Path> model = ModelFiles.of(files.model(), dir);
        Optional<Path> tokenizer = ModelFiles.of(files.tokenizer(), dir);
        if (model.isEmpty() || tokenizer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OrtFormatModel.load(model.get(), tokenizer.get(), files.pooling())
                .orElseGet(() -> new OnnxEmbeddingModel(model.get(), tokenizer.get(), files.pooling())));
    }

    private static EmbeddingModel instantiate(String name, String className) {
        try {
            return (EmbeddingModel) Class.forName(className).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigException("embedding.model '" + name
                    + "' is not in this build; build with -Pembedding-candidates or choose bge-small-en-v15-q");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the embedding model " + name, e);
        }
    }
}
