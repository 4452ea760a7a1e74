package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Topic;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IndexVersionsTest {

    private static final List<Topic> TOPICS =
            new KnowledgeLoader().load(Fixtures.fixtureKnowledge()).topics();
    private static final String OLD = "00000000000000aa";
    private static final String CURRENT = "00000000000000bb";

    @TempDir
    Path root;

    private IndexVersions versions;

    @BeforeEach
    void setUp() {
        versions = new IndexVersions(root);
    }

    private static KnowledgeBase knowledge(String version) {
        return new KnowledgeBase(TOPICS, Chunker.standard(), version);
    }

    private static Map<Path, FileTime> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.collect(Collectors.toMap(p -> p, p -> lastModified(p)));
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a version already on disk is opened as it is, not built again")
    void reusesVersion() throws IOException {
        versions.open(knowledge(CURRENT), Optional.empty()).close();
        Map<Path, FileTime> built = files(root);

        try (PassageIndex index = versions.open(knowledge(CURRENT), Optional.empty())) {
            assertThat(index.version()).isEqualTo(CURRENT);
            assertThat(index.size()).isPositive();
        }
        assertThat(files(root)).isEqualTo(built);
    }

    @Test
    @DisplayName("a version directory that holds no readable index is built again")
    void rebuildsUnreadable() throws IOException {
        Files.createDirectories(versions.directory(CURRENT));
        Files.writeString(versions.directory(CURRENT).resolve("segments_1"), "not an index");

        try (PassageIndex index = versions.open(knowledge(CURRENT), Optional.empty())) {
            assertThat(index.version()).isEqualTo(CURRENT);
        }
    }

    @Test
    @DisplayName("start-up removes older versions and abandoned builds, but neither "
            + "a build still being written nor a newer version")
    void removesStale() throws IOException {
        versions.open(knowledge(OLD), Optional.empty()).close();
        Path abandoned = Files.createDirectories(root.resolve(CURRENT + ".building-12345"));
        Files.writeString(abandoned.resolve("_0.cfs"), "half written");
        Path writing = Files.createDirectories(root.resolve(CURRENT + ".building-67890"));
        Path unrelated = Files.createDirectories(root.resolve("notes"));
        try (FSDirectory directory = FSDirectory.open(writing);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
            for (Path dir : List.of(versions.directory(OLD), abandoned, writing, unrelated)) {
                Files.setLastModifiedTime(dir, hourAgo);
            }
            versions.open(knowledge(CURRENT), Optional.empty()).close();
            String newer = "00000000000000cc";
            versions.open(knowledge(newer), Optional.empty()).close();
            Files.setLastModifiedTime(
                    versions.directory(newer), FileTime.from(Instant.now().plusSeconds(3600)));

            versions.removeOlderThan(CURRENT);

            try (Stream<Path> left = Files.list(root)) {
                assertThat(left)
                        .containsExactlyInAnyOrder(
                                versions.directory(CURRENT), versions.directory(newer), writing, unrelated);
            }
        }
    }

    @Test
    @DisplayName("two processes starting on an unbuilt index both answer, and only one of them builds it")
    void concurrentStartsShareOneBuild() throws Exception {
        AtomicInteger embedded = new AtomicInteger();
        // The first build waits here for a second one, as two processes started together would
        // both be building; a second that waits for the first instead never arrives.
        CyclicBarrier together = new CyclicBarrier(2);
        EmbeddingModel model = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                embedded.addAndGet(segments.size());
                try {
                    together.await(2, TimeUnit.SECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                    // Alone: build on.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Response.from(segments.stream()
                        .map(segment -> Embedding.from(new float[] {1, 0, 0, 0}))
                        .toList());
            }
        };
        Optional<Embedder> embedder = Optional.of(new Embedder(model, "test", "", ""));
        KnowledgeBase knowledge = knowledge(CURRENT);

        CompletableFuture<String> first =
                CompletableFuture.supplyAsync(() -> versionOpened(new IndexVersions(root), knowledge, embedder));
        CompletableFuture<String> second =
                CompletableFuture.supplyAsync(() -> versionOpened(new IndexVersions(root), knowledge, embedder));

        assertThat(first.get(2, TimeUnit.MINUTES)).isEqualTo(CURRENT);
        assertThat(second.get(2, TimeUnit.MINUTES)).isEqualTo(CURRENT);
        assertThat(embedded).hasValue(knowledge.passages().size());
    }

    @Test
    @DisplayName("a build that stops being wanted stops between batches of passages and publishes nothing")
    void unwantedBuildStops() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        EmbeddingModel model = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                batches.incrementAndGet();
                return Response.from(segments.stream()
                        .map(segment -> Embedding.from(new float[] {1, 0, 0, 0}))
                        .toList());
            }
        };
        KnowledgeBase knowledge = knowledge(CURRENT);

        assertThatThrownBy(() -> versions.open(
                        knowledge, Optional.of(new Embedder(model, "test", "", "")), () -> batches.get() == 0))
                .isInstanceOf(BuildAbandonedException.class);

        assertThat(batches).hasValue(1);
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left.filter(Files::isDirectory)).isEmpty();
        }
    }

    private static String versionOpened(IndexVersions versions, KnowledgeBase knowledge, Optional<Embedder> embedder) {
        try (PassageIndex index = versions.open(knowledge, embedder)) {
            return index.version();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
