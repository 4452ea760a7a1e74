package dev.backchannel;

import dev.backchannel.config.AnswerConfig;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.config.DiscordConfig;
import dev.backchannel.config.EmbeddingConfig;
import dev.backchannel.config.IndexConfig;
import dev.backchannel.config.KnowledgeConfig;
import dev.backchannel.config.LlmConfig;
import dev.backchannel.config.LoggingConfig;
import dev.backchannel.config.OpsConfig;
import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.config.RetrievalMode;
import dev.backchannel.config.StoreConfig;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.question.AnalyzedQuestion;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.Intent;
import dev.backchannel.question.LanguageDetector;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionReader;
import dev.backchannel.question.QuestionType;
import dev.backchannel.question.QuestionTypes;
import dev.backchannel.question.TermExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The small knowledge fixture, copied to a temporary folder so tests may break it. */
public final class Fixtures {

    private Fixtures() {}

    public static TermExtractor terms() {
        return new TermExtractor(Lexicon.standard());
    }

    /** A question read as given: its type, language and weighted words, naming no topic. */
    public static AnalyzedQuestion question(
            String text, Language language, QuestionType type, Map<String, Double> termWeights) {
        Set<String> sections = new QuestionTypes(Lexicon.standard(), SectionKinds.standard()).preferredSections(type);
        return new AnalyzedQuestion(
                text,
                text,
                text,
                language,
                List.of(new Intent(type, sections)),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                termWeights,
                false,
                false,
                false,
                Optional.empty(),
                List.of());
    }

    /** Reads questions against a knowledge version's index, as the application does. */
    public static QuestionReader questionReader(PassageIndex index, KnowledgeBase knowledge) {
        Lexicon lexicon = Lexicon.standard();
        return new QuestionReader(
                index,
                new Glossary(knowledge),
                terms(),
                new LanguageDetector(lexicon),
                new QuestionTypes(lexicon, SectionKinds.standard()),
                lexicon);
    }

    public static Path fixtureKnowledge() {
        try {
            return Path.of(Fixtures.class.getResource("/fixture/knowledge").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project's real knowledge folder (tests run from the project root). */
    public static Path realKnowledge() {
        return Path.of("knowledge").toAbsolutePath();
    }

    public static Path copyOf(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final EmbeddingConfig NO_EMBEDDING =
            new EmbeddingConfig("none", "", "", "mean", "auto", "auto", "", "", "");

    /** The shipped defaults, BM25 only: unit tests do not load the embedding model. */
    public static BackchannelConfig config(Path knowledge, Path index) {
        return withEmbedding(knowledge, index, NO_EMBEDDING, RetrievalMode.BM25);
    }

    public static BackchannelConfig withEmbedding(
            Path knowledge, Path index, EmbeddingConfig embedding, RetrievalMode mode) {
        return withLlm(knowledge, index, embedding, mode, NO_LLM);
    }

    public static final LlmConfig NO_LLM = new LlmConfig("none", "", "", "", 0.2, 20, 600, 6, 3, 60);

    /**
     * The fixture knowledge answered by a model at {@code baseUrl} (a stub on 127.0.0.1), BM25
     * only, with the index under {@code home}.
     */
    public static BackchannelConfig withStubModel(
            Path home, String provider, String baseUrl, String key, double timeout) {
        LlmConfig llm = new LlmConfig(provider, baseUrl, "test-model", key, 0.2, timeout, 300, 6, 3, 60);
        return withLlm(fixtureKnowledge(), home.resolve("index"), NO_EMBEDDING, RetrievalMode.BM25, llm);
    }

    public static BackchannelConfig withLlm(
            Path knowledge, Path index, EmbeddingConfig embedding, RetrievalMode mode, LlmConfig llm) {
        return new BackchannelConfig(
                new KnowledgeConfig(knowledge, false, 1000, 262_144, 64, 50, 65_536, 20),
                new IndexConfig(index),
                embedding,
                new RetrievalConfig(
                        mode,
                        8,
                        30,
                        60,
                        0.5,
                        java.util.Map.of("vi", 0.34),
                        0.25,
                        0.655,
                        0.62,
                        List.of("en"),
                        0.0,
                        1.0,
                        4,
                        0.55,
                        0.0),
                new AnswerConfig(5, 700, 1000, List.of("informal-diplomacy", "track-two", "backchannel-diplomacy")),
                llm,
                StoreConfig.of("jdbc:sqlite:" + index.resolveSibling("backchannel.db")),
                new DiscordConfig("", true, List.of(), List.of(), 6, 30, "", "", ""),
                new OpsConfig(0, "127.0.0.1", 8, 10),
                new LoggingConfig("text"));
    }

    /** The same configuration with the knowledge folder watched, reloading after {@code debounceMillis} of quiet. */
    public static BackchannelConfig watching(BackchannelConfig config, long debounceMillis) {
        return new BackchannelConfig(
                new KnowledgeConfig(config.knowledge().dir(), true, debounceMillis, 262_144, 64, 50, 65_536, 20),
                config.index(),
                config.embedding(),
                config.retrieval(),
                config.answer(),
                config.llm(),
                config.store(),
                config.discord(),
                config.ops(),
                config.logging());
    }

    public static Backchannel open(Path knowledge, Path tempDir) {
        return Backchannel.open(config(knowledge, tempDir.resolve("index")), tempDir);
    }
}
