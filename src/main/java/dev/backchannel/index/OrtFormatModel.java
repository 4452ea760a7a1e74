package dev.backchannel.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.backchannel.resources.OnceWritten;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ONNX model served from a copy in ONNX Runtime's own format, mapped into memory and read in
 * place. A session made from the ONNX file parses it and copies its 34 MB of weights on every
 * start, about 0.3 s of processor time on this machine, most of it faulting in fresh pages; a
 * session made from the mapped copy reads the weights where they lie. The runtime writes the copy
 * itself, once, from the ONNX file, and its vectors are the ONNX file's, bit for bit. A question is
 * cut into word pieces in Java ({@link QuestionEncoder}); passages, and text the Java tokenizer
 * leaves alone, go through LangChain4j's encoder and the native tokenizer, loaded on first use.
 */
final class OrtFormatModel extends AbstractInProcessEmbeddingModel {

    private static final Logger log = LoggerFactory.getLogger(OrtFormatModel.class);

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Path tokenizer;
    private final PoolingMode pooling;
    /** Questions of plain Latin text are cut in Java and never load the native tokenizer. */
    private final Optional<QuestionEncoder> questions;
    /** The session reads its weights from this mapping, which must live as long as the model. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private final MappedByteBuffer weights;

    /** LangChain4j's encoder, with the native tokenizer: made on first use, for passages and other text. */
    private OnnxBertBiEncoder encoder;

    private OrtFormatModel(
            OrtEnvironment environment,
            OrtSession session,
            Path tokenizer,
            PoolingMode pooling,
            Optional<QuestionEncoder> questions,
            MappedByteBuffer weights) {
        super(null);
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.pooling = pooling;
        this.questions = questions;
        this.weights = weights;
    }

    @Override
    protected synchronized OnnxBertBiEncoder model() {
        if (encoder == null) {
            try (InputStream vocabulary = Files.newInputStream(tokenizer)) {
                encoder = new OnnxBertBiEncoder(environment, session, vocabulary, pooling);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + tokenizer, e);
            }
        }
        return encoder;
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        Optional<float[]> vector;
        try {
            vector = questions.isPresent() ? questions.get().embed(segment.text()) : Optional.empty();
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a question", e);
        }
        return vector.map(v -> Response.from(Embedding.from(v))).orElseGet(() -> super.embed(segment));
    }

    /**
     * The model of {@code onnx} read from its ORT-format copy beside it, written first when there is
     * none; empty when the copy can neither be written nor read, and the caller loads the ONNX file.
     */
    static Optional<EmbeddingModel> load(Path onnx, Path tokenizer, PoolingMode pooling) {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            Path copy = copyOf(environment, onnx);
            MappedByteBuffer weights;
            try (FileChannel channel = FileChannel.open(copy)) {
                weights = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
            OrtSession session = environment.createSession(weights, inPlace());
            return Optional.of(new OrtFormatModel(
                    environment,
                    session,
                    tokenizer,
                    pooling,
                    questions(environment, session, tokenizer, pooling),
                    weights));
        } catch (OrtException | IOException | UncheckedIOException e) {
            log.debug("Loading {} in ONNX Runtime's format failed; loading the ONNX file ({})", onnx, e.toString());
            return Optional.empty();
        }
    }

    /** The encoder for questions cut in Java, when the model is pooled by [CLS] and its vocabulary reads. */
    private static Optional<QuestionEncoder> questions(
            OrtEnvironment environment, OrtSession session, Path tokenizer, PoolingMode pooling) throws OrtException {
        if (pooling != PoolingMode.CLS) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QuestionEncoder(environment, session, QueryWordPieces.read(tokenizer)));
        } catch (IOException | RuntimeException e) {
            log.debug("Questions are cut by the native tokenizer: {} ({})", tokenizer, e.toString());
            return Optional.empty();
        }
    }

    /** The ORT-format copy of {@code onnx} for this runtime's version, written when it is missing. */
    private static Path copyOf(OrtEnvironment environment, Path onnx) throws OrtException, IOException {
        String name = onnx.getFileName().toString().replaceFirst("\\.onnx$", "");
        Path copy = onnx.resolveSibling(name + "-ort" + environment.getVersion() + ".ort");
        return OnceWritten.file(copy, partial -> {
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setOptimizedModelFilePath(partial.toString());
                options.addConfigEntry("session.save_model_format", "ORT");
                // The level whose rewrites hold on any processor: the copy outlives a move to another.
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
                environment.createSession(onnx.toString(), options).close();
            }
        });
    }

    /** Options for a session that reads the model, weights included, from the caller's buffer. */
    private static OrtSession.SessionOptions inPlace() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.addConfigEntry("session.use_ort_model_bytes_directly", "1");
        options.addConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
        return options;
    }
}
