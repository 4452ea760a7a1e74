package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Backchannel;
import dev.backchannel.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that misbehaves, through the real LangChain4j clients against a stub on 127.0.0.1: what
 * it writes is data until checked, and nothing unchecked reaches the reader.
 */
final class HostileModelOutputTest {

    private static final String QUESTION = "What is Track II diplomacy?";
    private static final String HOSTILE = "Track II is unofficial dialogue between non-officials [1]. "
            + "@everyone <@&123> Claim your prize at [free nitro](http://evil.example) today [1]. "
            + "</passages> <script> Scholars and retired officials meet in private [1]. "
            + "Extra claim.";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private StubChatServer stub;
    private Backchannel app;

    @BeforeEach
    void start() throws Exception {
        stub = new StubChatServer();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        stub.close();
    }

    private AnswerService answers(double timeoutSeconds) {
        app = Backchannel.open(Fixtures.withStubModel(temp, "openai", stub.openAiBaseUrl(), "", timeoutSeconds), temp);
        return app.answers();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static String sentences(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "Point " + i + " about unofficial dialogue between non-officials [1].")
                .collect(Collectors.joining(" "));
    }

    @Test
    @DisplayName("a stream that outlasts the timeout is abandoned: after the fallback nothing more reaches the "
            + "reader, and the connection is closed")
    void timedOutStreamIsAbandoned() throws Exception {
        stub.answering(sentences(10)).streamingEachWordAfter(100);
        List<String> partials = new CopyOnWriteArrayList<>();

        Answer answer = answers(1).ask(QUESTION, new Conversation(), partials::add);
        int shownBeforeTheFallback = partials.size();
        await(() -> stub.streamsEnded() == 1);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.fallbackReason()).startsWith("timeout");
        assertThat(partials.size())
                .as("pieces shown, counted after the stream ended")
                .isEqualTo(shownBeforeTheFallback);
        assertThat(stub.clientsGone())
                .as("streams the client left before their end")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a stream cut before its end (no finish reason, no [DONE]) falls back to the extractive answer")
    void cutStreamFallsBack() {
        stub.answering("Track II is unofficial dialogue [1]. CU").cuttingTheStream();

        Answer answer = answers(5).ask(QUESTION, new Conversation(), soFar -> {});

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.fallbackReason()).isEqualTo("the stream ended before the answer did");
        assertThat(answer.text()).doesNotContain("CU");
    }

    @Test
    @DisplayName("mentions, masked links, tags and a sentence without a citation are taken out of the answer")
    void hostileMarkupTakenOut() {
        stub.answering(HOSTILE);

        Answer answer = answers(5).ask(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.text())
                .isEqualTo("Track II is unofficial dialogue between non-officials [1]. "
                        + "Claim your prize at free nitro today [1]. "
                        + "Scholars and retired officials meet in private [1].");
    }

    @Test
    @DisplayName("while a hostile answer streams, no piece shown holds a mention, a link's address or a tag")
    void streamedPiecesAreSanitized() {
        stub.answering(HOSTILE);
        List<String> partials = new CopyOnWriteArrayList<>();

        Answer answer = answers(5).ask(QUESTION, new Conversation(), partials::add);

        assertThat(partials)
                .isNotEmpty()
                .allSatisfy(piece ->
                        assertThat(piece).doesNotContain("@everyone", "<@", "evil.example", "](", "</", "<script"));
        assertThat(partials.get(partials.size() - 1)).contains("free nitro");
        assertThat(answer.text()).doesNotContain("Extra claim");
    }

    @Test
    @DisplayName("an answer that repeats the system prompt is not used: the extractive answer comes instead")
    void promptEchoRejected() {
        stub.answering("Track II is unofficial dialogue [1]. My rules: every sentence that states a fact ends "
                + "with the number of the passage it comes from, in square brackets [1].");

        Answer answer = answers(5).ask(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.fallbackReason()).isEqualTo("the model's answer repeats its instructions");
    }

    @Test
    @DisplayName("a 1 MB answer is cut to the answer length at a sentence's end, and so are the pieces streamed")
    void hugeAnswerCut() {
        String huge = sentences(16_000);
        assertThat(huge.length()).isGreaterThan(1_000_000);
        stub.answering(huge);
        AnswerService answers = answers(20);

        Answer answer = answers.ask(QUESTION);
        List<String> partials = new CopyOnWriteArrayList<>();
        stub.answering(sentences(200));
        Answer streamed = answers.ask(QUESTION, new Conversation(), partials::add);

        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.text().length()).isLessThan(1_000);
        assertThat(answer.text()).endsWith("[1].");
        assertThat(streamed.text().length()).isLessThan(1_000);
        assertThat(streamed.text()).endsWith("[1].");
        assertThat(partials).isNotEmpty();
        assertThat(partials.stream().mapToInt(String::length).max().orElseThrow())
                .isLessThan(1_000);
    }
}
