package dev.backchannel.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.backchannel.answer.AbstainReason;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerMode;
import dev.backchannel.answer.Timings;
import dev.backchannel.knowledge.Language;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MetricsTest {

    private final Metrics metrics = new Metrics();

    @AfterEach
    void close() {
        metrics.close();
    }

    private static Answer answer(Language language, AnswerMode mode, boolean abstained, String fallbackReason) {
        return new Answer(
                "q",
                language,
                "text",
                abstained,
                mode,
                List.of(),
                List.of(),
                new Timings(12, 30, 42),
                fallbackReason,
                abstained ? Optional.of(AbstainReason.LOW_COVERAGE) : Optional.empty());
    }

    @Test
    @DisplayName("questions are counted by language, mode and outcome")
    void questions() {
        metrics.record(answer(Language.VI, AnswerMode.EXTRACTIVE, false, ""));
        metrics.record(answer(Language.EN, AnswerMode.EXTRACTIVE, true, ""));
        metrics.record(answer(Language.EN, AnswerMode.EXTRACTIVE, true, ""));
        metrics.question(Metrics.UNKNOWN, Metrics.UNKNOWN, Outcome.RATE_LIMITED);
        metrics.question(Language.EN, AnswerMode.LLM, Outcome.ERROR);

        assertThat(metrics.scrape())
                .contains("backchannel_questions_total{language=\"vi\",mode=\"extractive\",outcome=\"answered\"} 1.0")
                .contains("backchannel_questions_total{language=\"en\",mode=\"extractive\",outcome=\"abstained\"} 2.0")
                .contains("backchannel_questions_total{language=\"unknown\",mode=\"unknown\","
                        + "outcome=\"rate_limited\"} 1.0")
                .contains("backchannel_questions_total{language=\"en\",mode=\"llm\",outcome=\"error\"} 1.0");
    }

    @Test
    @DisplayName("every stage of an answer lands in a histogram, in seconds")
    void stages() {
        metrics.record(answer(Language.EN, AnswerMode.EXTRACTIVE, false, ""));

        String scrape = metrics.scrape();

        assertThat(scrape).contains("# TYPE backchannel_stage_seconds histogram");
        for (String stage : List.of("retrieve", "answer", "total")) {
            assertThat(scrape).contains("backchannel_stage_seconds_count{stage=\"" + stage + "\"} 1");
            assertThat(scrape).contains("backchannel_stage_seconds_bucket{stage=\"" + stage + "\",le=\"+Inf\"} 1");
        }
        assertThat(scrape).contains("backchannel_stage_seconds_sum{stage=\"total\"} 0.042");
        assertThat(scrape).contains("backchannel_stage_seconds_bucket{stage=\"retrieve\",le=\"0.011184809\"} 0");
        assertThat(scrape).contains("backchannel_stage_seconds_bucket{stage=\"retrieve\",le=\"0.01258291\"} 1");
    }

    @Test
    @DisplayName(
            "a fallback from the language model is counted by reason, and the circuit state is read at each scrape")
    void languageModel() {
        AtomicBoolean open = new AtomicBoolean();
        metrics.watchCircuit(open::get);
        metrics.record(answer(Language.EN, AnswerMode.EXTRACTIVE, false, "timeout"));
        metrics.llmFallback("timeout");

        assertThat(metrics.scrape())
                .contains("backchannel_llm_fallbacks_total{reason=\"timeout\"} 2.0")
                .contains("backchannel_llm_circuit_open 0");
        open.set(true);
        assertThat(metrics.scrape()).contains("backchannel_llm_circuit_open 1");
    }

    @Test
    @DisplayName("shards are read at each scrape: connected or not, and their ping in seconds")
    void shards() {
        AtomicReference<List<ShardState>> shards = new AtomicReference<>(List.of(
                new ShardState(0, true, 42, "CONNECTED"), new ShardState(1, false, -1, "CONNECTING_TO_WEBSOCKET")));
        metrics.watchShards(shards::get);

        assertThat(metrics.scrape())
                .contains("backchannel_shard_connected{shard=\"0\"} 1")
                .contains("backchannel_shard_connected{shard=\"1\"} 0")
                .contains("backchannel_gateway_ping_seconds{shard=\"0\"} 0.042")
                .contains("backchannel_gateway_ping_seconds{shard=\"1\"} NaN");

        shards.set(List.of(new ShardState(0, true, 57, "CONNECTED"), new ShardState(1, true, 61, "CONNECTED")));
        assertThat(metrics.scrape())
                .contains("backchannel_shard_connected{shard=\"1\"} 1")
                .contains("backchannel_gateway_ping_seconds{shard=\"0\"} 0.057");
    }

    @Test
    @DisplayName("the knowledge version served follows a reload, and only the current one is reported")
    void knowledgeVersion() {
        AtomicReference<String> version = new AtomicReference<>("3f2a9c01d4e5b6a7");
        metrics.watchKnowledge(version::get);

        assertThat(metrics.scrape()).contains("backchannel_knowledge_info{version=\"3f2a9c01d4e5b6a7\"} 1");
        version.set("77aa00bb11cc22dd");
        assertThat(metrics.scrape())
                .contains("backchannel_knowledge_info{version=\"77aa00bb11cc22dd\"} 1")
                .doesNotContain("3f2a9c01d4e5b6a7");
    }

    @Test
    @DisplayName("a supplier that throws costs its own lines, not the scrape")
    void failingSupplier() {
        metrics.watchShards(() -> {
            throw new IllegalStateException("shard manager closed");
        });
        metrics.question(Language.EN, AnswerMode.EXTRACTIVE, Outcome.ANSWERED);

        assertThat(metrics.scrape())
                .contains("backchannel_questions_total")
                .doesNotContain("backchannel_shard_connected{");
    }

    @Test
    @DisplayName("JVM memory, garbage collection and threads are there without wiring")
    void jvm() {
        assertThat(metrics.scrape())
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads")
                .contains("jvm_gc_");
    }

    @Test
    @DisplayName("the connection pool reports into the same registry, as its javadoc tells the caller to bind it")
    void connectionPool(@TempDir Path temp) throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:sqlite:" + temp.resolve("pool.db"));
            pool.setPoolName("store");
            pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics.registry()));
            try (Connection connection = pool.getConnection()) {
                assertThat(metrics.scrape()).contains("hikaricp_connections_active{pool=\"store\"} 1");
            }
        }
    }
}
