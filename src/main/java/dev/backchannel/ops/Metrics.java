package dev.backchannel.ops;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerMode;
import dev.backchannel.answer.Timings;
import dev.backchannel.knowledge.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's metrics, in Prometheus text format. Front ends count questions and stage times here;
 * shard states and the knowledge version are read from their suppliers at each scrape, because
 * shards come and go and the knowledge can be reloaded while the bot runs.
 */
public final class Metrics implements AutoCloseable {

    /** The language or mode label of a question refused before either was known. */
    public static final String UNKNOWN = "unknown";

    private static final Logger log = LoggerFactory.getLogger(Metrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final MultiGauge shardConnected;
    private final MultiGauge gatewayPing;
    private final MultiGauge knowledge;
    private Supplier<List<ShardState>> shards = List::of;
    private Supplier<Optional<String>> knowledgeVersion = Optional::empty;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        shardConnected = MultiGauge.builder("backchannel.shard.connected")
                .description("1 while the gateway shard is connected")
                .register(registry);
        gatewayPing = MultiGauge.builder("backchannel.gateway.ping")
                .baseUnit("seconds")
                .description("Last heartbeat round trip of the gateway shard")
                .register(registry);
        knowledge = MultiGauge.builder("backchannel.knowledge.info")
                .description("The knowledge version served, as its content hash")
                .register(registry);
    }

    public void question(Language language, AnswerMode mode, Outcome outcome) {
        question(language.code(), mode.code(), outcome);
    }

    /** Language and mode as codes ({@code vi}, {@code extractive}), or {@link #UNKNOWN}. */
    public void question(String language, String mode, Outcome outcome) {
        Counter.builder("backchannel.questions")
                .description("Questions by language, answer mode and outcome")
                .tags("language", language, "mode", mode, "outcome", outcome.label())
                .register(registry)
                .increment();
    }

    /** One stage of one answer: {@code retrieve}, {@code answer} or {@code total}, as in {@link Timings}. */
    public void stage(String stage, double millis) {
        Timer.builder("backchannel.stage")
                .description("Time an answer spent in each stage")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry)
                .record(Duration.ofNanos(Math.round(millis * 1_000_000)));
    }

    /** A configured language model's answer was not used; reasons are the few fixed phrases of {@code LlmAnswerer}. */
    public void llmFallback(String reason) {
        Counter.builder("backchannel.llm.fallbacks")
                .description("Answers given extractively although a language model is configured, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    /** Counts an answer given: its outcome, every stage of its timings, and its fallback if any. */
    public void record(Answer answer) {
        question(answer.language(), answer.mode(), answer.abstained() ? Outcome.ABSTAINED : Outcome.ANSWERED);
        Timings timings = answer.timings();
        stage("retrieve", timings.retrieveMs());
        stage("answer", timings.answerMs());
        stage("total", timings.totalMs());
        if (!answer.fallbackReason().isEmpty()) {
            llmFallback(answer.fallbackReason());
        }
    }

    /** The language model's circuit breaker, e.g. {@code answerer::circuitOpen}. */
    public void watchCircuit(BooleanSupplier open) {
        // Held strongly: a method reference handed in here is referenced by nothing else.
        Gauge.builder("backchannel.llm.circuit.open", open, state -> state.getAsBoolean() ? 1 : 0)
                .description("1 while the language model is skipped after repeated failures")
                .strongReference(true)
                .register(registry);
    }

    public synchronized void watchShards(Supplier<List<ShardState>> shards) {
        this.shards = shards;
    }

    public synchronized void watchKnowledge(Supplier<String> version) {
        this.knowledgeVersion = () -> Optional.ofNullable(version.get());
    }

    /**
     * The registry, for meters bound elsewhere. The connection pool binds itself with {@code
     * hikariDataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics.registry()))},
     * before the pool's first connection.
     */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Every metric in Prometheus text format 0.0.4, shard and knowledge gauges read now. */
    public synchronized String scrape() {
        refreshShards();
        refreshKnowledge();
        return registry.scrape();
    }

    private void refreshShards() {
        List<ShardState> states;
        try {
            states = shards.get();
        } catch (RuntimeException e) {
            log.warn("Cannot read the shard states for the metrics: {}", e.toString());
            states = List.of();
        }
        shardConnected.register(
                states.stream()
                        .map(s -> MultiGauge.Row.of(shardTag(s), s.connected() ? 1 : 0))
                        .toList(),
                true);
        gatewayPing.register(
                states.stream()
                        .map(s -> MultiGauge.Row.of(shardTag(s), pingSeconds(s)))
                        .toList(),
                true);
    }

    private void refreshKnowledge() {
        Optional<String> version;
        try {
            version = knowledgeVersion.get();
        } catch (RuntimeException e) {
            log.warn("Cannot read the knowledge version for the metrics: {}", e.toString());
            version = Optional.empty();
        }
        knowledge.register(
                version.map(v -> List.of(MultiGauge.Row.of(Tags.of("version", v), 1)))
                        .orElse(List.of()),
                true);
    }

    private static Tags shardTag(ShardState state) {
        return Tags.of("shard", Integer.toString(state.id()));
    }

    /** No heartbeat yet is no measurement, not a zero-second ping. */
    private static double pingSeconds(ShardState state) {
        return state.gatewayPingMillis() < 0 ? Double.NaN : state.gatewayPingMillis() / 1000.0;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
