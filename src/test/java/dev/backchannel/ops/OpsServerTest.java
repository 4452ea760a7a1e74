package dev.backchannel.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerMode;
import dev.backchannel.answer.Timings;
import dev.backchannel.config.OpsConfig;
import dev.backchannel.knowledge.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP on an ephemeral loopback port. */
final class OpsServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final List<ShardState> shards =
            List.of(new ShardState(0, true, 38, "CONNECTED"), new ShardState(1, true, 41, "CONNECTED"));
    private Metrics metrics;
    private OpsServer server;

    @BeforeEach
    void start() throws Exception {
        metrics = new Metrics();
        metrics.watchShards(() -> shards);
        metrics.watchKnowledge(() -> "3f2a9c01d4e5b6a7");
        Check database = new Check(
                "database",
                () -> databaseUp.get() ? Optional.empty() : Optional.of("unreachable (Connection to db:5432 refused)"));
        HealthCheck health = new HealthCheck(List.of(Checks.index(() -> true), database, Checks.shards(() -> shards)));
        server = OpsServer.start(new OpsConfig(0, "127.0.0.1", 8, 10), health, metrics);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("/healthz answers 200 with an ok line per part when all is well")
    void healthy() throws Exception {
        HttpResponse<String> response = send("GET", "/healthz");

        assertThat(server.port()).isPositive();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(response.body()).isEqualTo("index: ok\ndatabase: ok\nshards: ok\n");
    }

    @Test
    @DisplayName("/healthz answers 503 naming the part that is down")
    void unhealthy() throws Exception {
        databaseUp.set(false);

        HttpResponse<String> response = send("GET", "/healthz");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .contains("database: unreachable (Connection to db:5432 refused)\n")
                .contains("index: ok\n");
    }

    @Test
    @DisplayName("/metrics serves the Prometheus text format with questions, "
            + "stage histograms, shards and the knowledge version")
    void metrics() throws Exception {
        metrics.record(new Answer(
                "Ngoại giao kênh hai là gì?",
                Language.VI,
                "…",
                false,
                AnswerMode.EXTRACTIVE,
                List.of(),
                List.of(),
                new Timings(8, 20, 28),
                "",
                java.util.Optional.empty()));

        HttpResponse<String> response = send("GET", "/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body())
                .contains("backchannel_questions_total{language=\"vi\",mode=\"extractive\",outcome=\"answered\"} 1.0")
                .contains("backchannel_stage_seconds_bucket{stage=\"retrieve\",le=\"+Inf\"} 1")
                .contains("backchannel_knowledge_info{version=\"3f2a9c01d4e5b6a7\"} 1")
                .contains("backchannel_shard_connected{shard=\"1\"} 1")
                .contains("backchannel_gateway_ping_seconds{shard=\"1\"} 0.041");
    }

    @Test
    @DisplayName("an unknown path is 404, another method than GET is 405")
    void otherRequests() throws Exception {
        assertThat(send("GET", "/").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/healthz/extra").statusCode()).isEqualTo(404);
        HttpResponse<String> post = send("POST", "/metrics");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    @DisplayName("after close the port no longer answers")
    void closes() throws Exception {
        int port = server.port();
        server.close();

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("two clients that connect and send half a request do not keep /healthz from answering")
    void idleClientsDoNotStarveHealth() throws Exception {
        try (Socket first = halfRequest();
                Socket second = halfRequest()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz"))
                    .timeout(Duration.ofSeconds(5))
                    .build();

            assertThat(client.send(request, HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private Socket halfRequest() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write("GET /healthz HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
