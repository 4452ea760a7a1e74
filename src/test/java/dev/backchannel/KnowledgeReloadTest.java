package dev.backchannel;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerMode;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.StubChatServer;
import dev.backchannel.config.BackchannelConfig;
import dev.backchannel.config.EmbeddingConfig;
import dev.backchannel.config.LlmConfig;
import dev.backchannel.config.RetrievalMode;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizRequest;
import dev.backchannel.serving.ReloadOutcome;
import dev.backchannel.serving.ReloadOutcome.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The knowledge folder edited under a running pipeline whose watcher is on. */
final class KnowledgeReloadTest {

    private static final long DEBOUNCE_MILLIS = 300;
    private static final Duration DEADLINE = Duration.ofSeconds(15);
    private static final String PING_PONG_QUESTION = "What was ping-pong diplomacy?";

    @TempDir
    Path temp;

    private Path knowledge;
    private final List<ReloadOutcome> reloads = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Backchannel app;

    @BeforeEach
    void copyKnowledge() {
        knowledge = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void stop() throws IOException {
        rootLogger().detachAppender(logs);
        if (app != null) {
            app.close();
        }
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private void start() {
        start(Fixtures.config(knowledge, temp.resolve("index")));
    }

    private void start(BackchannelConfig config) {
        app = Backchannel.open(Fixtures.watching(config, DEBOUNCE_MILLIS), temp);
        app.onReload(reloads::add);
        app.watchKnowledge();
    }

    @Test
    @DisplayName(
            "a topic written into a folder created while the bot runs is soon answered and cited, under a new version")
    void newTopicIsServed() throws Exception {
        start();
        String before = app.knowledgeVersion();
        QuizGenerator quizzes = QuizGenerator.shipped(app::knowledge);
        QuizRequest aboutPingPong = QuizRequest.of("q", Language.EN, 1).about(Set.of("ping-pong-diplomacy"));
        assertThat(app.answers().ask(PING_PONG_QUESTION).citedTopicIds()).doesNotContain("ping-pong-diplomacy");
        assertThat(quizzes.generate(aboutPingPong, new Random(1))
                        .tally()
                        .total()
                        .shortOfOptions())
                .isZero();

        Files.createDirectories(knowledge.resolve("more/en"));
        // An empty folder changes no file: the reload it causes finds nothing to rebuild, and shows
        // that the watcher has seen the folder before a file is written into it.
        assertThat(eventually(() -> List.copyOf(reloads), r -> !r.isEmpty()))
                .extracting(ReloadOutcome::status)
                .containsExactly(Status.UNCHANGED);
        Files.writeString(knowledge.resolve("more/en/ping-pong-diplomacy.md"), PING_PONG);

        Answer answer = eventually(
                () -> app.answers().ask(PING_PONG_QUESTION),
                a -> a.citedTopicIds().contains("ping-pong-diplomacy"));
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.text()).contains("table tennis");
        // The new version is served first and reported after: wait for the report.
        List<ReloadOutcome> reported =
                eventually(() -> List.copyOf(reloads), r -> r.get(r.size() - 1).status() == Status.SWAPPED);
        assertThat(app.knowledgeVersion())
                .isNotEqualTo(before)
                .isEqualTo(reported.get(reported.size() - 1).version());
        // Quizzes read the new version too: the new case is found, though two cases are too few to
        // offer the options of a question about it.
        assertThat(quizzes.generate(aboutPingPong, new Random(1))
                        .tally()
                        .total()
                        .shortOfOptions())
                .isPositive();
    }

    @Test
    @DisplayName("a question being answered when the new version is swapped in "
            + "finishes on its own version, whose index goes only then")
    void questionInFlightFinishesOnItsVersion() throws Exception {
        try (StubChatServer llm = new StubChatServer()) {
            llm.answering("Track II is unofficial dialogue between non-officials from opposing sides [1].");
            LlmConfig openAi =
                    new LlmConfig("openai", llm.openAiBaseUrl(), "test-model", "test-key", 0.2, 30, 300, 6, 3, 60);
            start(Fixtures.withLlm(
                    knowledge, temp.resolve("index"), Fixtures.NO_EMBEDDING, RetrievalMode.BM25, openAi));
            String oldVersion = app.knowledgeVersion();
            KnowledgeBase oldKnowledge = app.knowledge();
            Path oldIndex = temp.resolve("index").resolve(oldVersion);
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch mayFinish = new CountDownLatch(1);

            CompletableFuture<Answer> inFlight = CompletableFuture.supplyAsync(
                    () -> app.answers().ask("What is Track II diplomacy?", new Conversation(), soFar -> {
                        writing.countDown();
                        awaitQuietly(mayFinish);
                    }));
            assertThat(writing.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Files.writeString(knowledge.resolve("en/ping-pong-diplomacy.md"), PING_PONG);
            eventually(app::knowledgeVersion, version -> !version.equals(oldVersion));

            assertThat(inFlight).isNotDone();
            assertThat(oldIndex).isDirectory();
            mayFinish.countDown();
            Answer answer = inFlight.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

            assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
            assertThat(answer.citations())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(
                                    oldKnowledge.topic(c.topicId(), c.passage().language()))
                            .isPresent());
            assertThat(answer.citedTopicIds()).containsExactly("track-two");
            assertThat(oldIndex).doesNotExist();
            assertThat(temp.resolve("index").resolve(app.knowledgeVersion())).isDirectory();
        }
    }

    @Test
    @DisplayName("a broken file among new ones is skipped with its file and line "
            + "logged, and the rest of the new version is served")
    void brokenFileIsSkipped() throws Exception {
        start();
        // Both files appear at once, as a folder moved in: one reload sees them together.
        Path staged = Files.createDirectories(temp.resolve("staged/en"));
        Files.writeString(staged.resolve("ping-pong-diplomacy.md"), PING_PONG);
        Files.writeString(
                staged.resolve("broken.md"),
                topic("broken", "Broken topic", "It has a kind that is not YAML.")
                        .replace("kind: example", "kind: [oops"));
        Files.move(staged.getParent(), knowledge.resolve("more"));

        List<ReloadOutcome> outcomes = eventually(() -> List.copyOf(reloads), r -> !r.isEmpty());

        assertThat(outcomes).extracting(ReloadOutcome::status).containsExactly(Status.SWAPPED);
        assertThat(app.answers().ask(PING_PONG_QUESTION).citedTopicIds()).contains("ping-pong-diplomacy");
        assertThat(app.knowledge().topic("broken", Language.EN)).isEmpty();
        assertThat(logs.list)
                .filteredOn(e -> e.getLevel() == Level.ERROR)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message)
                        .contains(Path.of("more", "en", "broken.md") + ":5:")
                        .contains("malformed YAML"));
    }

    @Test
    @DisplayName("a burst of five saves is one reload, which serves all five")
    void burstIsOneReload() throws Exception {
        start();
        for (int i = 1; i <= 5; i++) {
            Files.writeString(
                    knowledge.resolve("en/case-" + i + ".md"),
                    topic("case-" + i, "Case number " + i, "A case that was written in a burst of saves."));
        }

        List<ReloadOutcome> first = eventually(() -> List.copyOf(reloads), r -> !r.isEmpty());
        assertThat(first).extracting(ReloadOutcome::status).containsExactly(Status.SWAPPED);
        assertThat(app.knowledge().topics())
                .filteredOn(t -> t.id().startsWith("case-"))
                .hasSize(5);

        // Saving a file unchanged causes a reload of its own: once it is reported, nothing of the
        // burst is still to come.
        touch(knowledge.resolve("en/case-3.md"));
        assertThat(eventually(() -> List.copyOf(reloads), r -> r.size() >= 2))
                .extracting(ReloadOutcome::status)
                .containsExactly(Status.SWAPPED, Status.UNCHANGED);
    }

    @Test
    @DisplayName("a file added and removed again while its version is being indexed stops that build: nothing of it is "
            + "published and the served version stays")
    void removedFileStopsItsBuild() throws Exception {
        try (StubChatServer embeddings = new StubChatServer()) {
            EmbeddingConfig remote = new EmbeddingConfig(
                    "openai", "", "", "mean", "auto", "auto", "text-embedding-test", embeddings.openAiBaseUrl(), "");
            start(Fixtures.withEmbedding(knowledge, temp.resolve("index"), remote, RetrievalMode.HYBRID));
            String version = app.knowledgeVersion();
            embeddings.holdEmbeddings();
            int before = embeddings.received().size();

            Path added = knowledge.resolve("en/ping-pong-diplomacy.md");
            Files.writeString(added, PING_PONG);
            // The reload has begun embedding the version with the new file: remove it meanwhile.
            eventually(() -> embeddings.received().size(), size -> size > before);
            Files.delete(added);
            embeddings.releaseEmbeddings();

            assertThat(eventually(() -> List.copyOf(reloads), r -> r.size() >= 2))
                    .containsExactly(
                            new ReloadOutcome(Status.ABANDONED, version), new ReloadOutcome(Status.UNCHANGED, version));
            assertThat(app.knowledgeVersion()).isEqualTo(version);
            try (Stream<Path> versions = Files.list(temp.resolve("index"))) {
                assertThat(versions.filter(Files::isDirectory))
                        .containsExactly(temp.resolve("index").resolve(version));
            }
        }
    }

    @Test
    @DisplayName("a file saved without changes rebuilds nothing")
    void unchangedContentRebuildsNothing() throws Exception {
        start();
        String version = app.knowledgeVersion();

        touch(knowledge.resolve("en/track-two.md"));

        assertThat(eventually(() -> List.copyOf(reloads), r -> !r.isEmpty()))
                .containsExactly(new ReloadOutcome(Status.UNCHANGED, version));
        assertThat(app.knowledgeVersion()).isEqualTo(version);
        try (Stream<Path> versions = Files.list(temp.resolve("index"))) {
            assertThat(versions).containsExactly(temp.resolve("index").resolve(version));
        }
    }

    @Test
    @DisplayName("a reload that leaves nothing to serve keeps the old version answering, and says so in an error")
    void failedReloadKeepsServing() throws Exception {
        start();
        String version = app.knowledgeVersion();

        try (Stream<Path> files = Files.walk(knowledge)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }

        assertThat(eventually(() -> List.copyOf(reloads), r -> !r.isEmpty()))
                .containsExactly(new ReloadOutcome(Status.FAILED, version));
        assertThat(app.knowledgeVersion()).isEqualTo(version);
        assertThat(app.answers().ask("What is Track II diplomacy?").citedTopicIds())
                .contains("track-two");
        assertThat(logs.list)
                .filteredOn(e -> e.getLevel() == Level.ERROR)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("still serving knowledge version " + version));
    }

    private static final String PING_PONG = topic(
            "ping-pong-diplomacy",
            "Ping-pong diplomacy",
            "In 1971 American and Chinese table tennis players visited each other's "
                    + "countries, which opened the way to President Nixon's visit to Beijing.");

    private static String topic(String id, String title, String text) {
        return """
        ---
        id: %s
        lang: en
        kind: example
        title: "%s"
        summary: "%s"
        related: [track-two]
        sources:
          - title: "A source"
            url: "https://example.org/%s"
        ---
        ## What happened
        %s
        """.formatted(id, title, text, id, text);
    }

    /** Writes a file's own bytes back: a save that changes nothing. */
    private static void touch(Path file) throws IOException {
        Files.write(file, Files.readAllBytes(file));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls {@code probe} until {@code done} holds, failing after {@link #DEADLINE}. */
    private static <T> T eventually(Supplier<T> probe, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + DEADLINE + "; last seen: " + value);
            }
            Thread.sleep(20);
            value = probe.get();
        }
        return value;
    }
}
