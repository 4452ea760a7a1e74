package dev.backchannel.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP server on 127.0.0.1 that answers like an OpenAI-compatible chat completions
 * endpoint ({@code POST /v1/chat/completions}) and like Ollama ({@code POST /api/chat}), with the
 * answer, status and delay a test sets. It records what it receives.
 */
public final class StubChatServer implements AutoCloseable {

    /** A request as received: the Authorization header and the JSON body. */
    public record Received(String path, String authorization, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String answer = "";
    private volatile int status = 200;
    private volatile long delayMillis;
    private volatile long wordDelayMillis;
    private volatile boolean cutStream;
    private volatile CountDownLatch embeddingsGate = new CountDownLatch(0);
    private final AtomicInteger streamsEnded = new AtomicInteger();
    private final AtomicInteger clientsGone = new AtomicInteger();

    public StubChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> respond(exchange, true));
        server.createContext("/api/chat", exchange -> respond(exchange, false));
        server.createContext("/v1/embeddings", this::embeddings);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public StubChatServer answering(String text) {
        this.answer = text;
        this.status = 200;
        this.delayMillis = 0;
        this.wordDelayMillis = 0;
        this.cutStream = false;
        return this;
    }

    /** Streams each word this long after the one before, so that a stream can outlast a timeout. */
    public StubChatServer streamingEachWordAfter(long millis) {
        this.wordDelayMillis = millis;
        return this;
    }

    /** Streams the words, then hangs up without a finish reason and without [DONE]. */
    public StubChatServer cuttingTheStream() {
        this.cutStream = true;
        return this;
    }

    /** How many streams the stub has stopped writing, to their end or because the client left. */
    public int streamsEnded() {
        return streamsEnded.get();
    }

    /** How many streams the client closed before the stub had written them to the end. */
    public int clientsGone() {
        return clientsGone.get();
    }

    StubChatServer failingWith(int httpStatus) {
        this.status = httpStatus;
        return this;
    }

    StubChatServer slowBy(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Embedding requests from now on are received but not answered until {@link #releaseEmbeddings}. */
    public void holdEmbeddings() {
        embeddingsGate = new CountDownLatch(1);
    }

    public void releaseEmbeddings() {
        embeddingsGate.countDown();
    }

    public List<Received> received() {
        return received;
    }

    private void respond(HttpExchange exchange, boolean openAi) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        received.add(new Received(
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (status == 200 && openAi && body.path("stream").asBoolean(false)) {
            streamOpenAi(exchange);
            return;
        }
        String response;
        if (status != 200) {
            response = "{\"error\":{\"message\":\"stub failure\",\"type\":\"server_error\"}}";
        } else if (openAi) {
            response = JSON.createObjectNode()
                    .put("id", "chatcmpl-1")
                    .put("object", "chat.completion")
                    .put("created", 1_700_000_000L)
                    .put("model", body.path("model").asText())
                    .set(
                            "choices",
                            JSON.createArrayNode()
                                    .add(JSON.createObjectNode()
                                            .put("index", 0)
                                            .put("finish_reason", "stop")
                                            .set(
                                                    "message",
                                                    JSON.createObjectNode()
                                                            .put("role", "assistant")
                                                            .put("content", answer))))
                    .toString();
        } else {
            response = JSON.createObjectNode()
                    .put("model", body.path("model").asText())
                    .put("created_at", "2026-11-25T00:00:00Z")
                    .put("done", true)
                    .put("done_reason", "stop")
                    .set(
                            "message",
                            JSON.createObjectNode().put("role", "assistant").put("content", answer))
                    .toString();
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to send it.
        } finally {
            exchange.close();
        }
    }

    /** Vectors of 8 numbers that depend only on the text: the same text, the same vector. */
    private void embeddings(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        received.add(new Received(
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
        try {
            embeddingsGate.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var response = JSON.createObjectNode()
                .put("object", "list")
                .put("model", body.path("model").asText());
        var data = response.putArray("data");
        JsonNode input = body.path("input");
        for (int i = 0; i < input.size(); i++) {
            var item = data.addObject().put("object", "embedding").put("index", i);
            var vector = item.putArray("embedding");
            java.util.SplittableRandom random =
                    new java.util.SplittableRandom(input.get(i).asText().hashCode());
            for (int d = 0; d < 8; d++) {
                vector.add(random.nextDouble() - 0.5);
            }
        }
        response.putObject("usage").put("prompt_tokens", 1).put("total_tokens", 1);
        byte[] bytes = response.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /**
     * Server-sent events, one chunk a word, as OpenAI-compatible servers stream; a cut stream ends
     * after the last word, without the chunk that carries the finish reason and without [DONE].
     */
    private void streamOpenAi(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        String[] words = answer.split("(?<= )");
        int chunks = cutStream ? words.length : words.length + 1;
        try (var out = exchange.getResponseBody()) {
            for (int i = 0; i < chunks; i++) {
                if (i > 0) {
                    Thread.sleep(wordDelayMillis);
                }
                var delta = JSON.createObjectNode();
                if (i < words.length) {
                    delta.put("content", words[i]);
                }
                var chunk = JSON.createObjectNode()
                        .put("id", "chatcmpl-1")
                        .put("object", "chat.completion.chunk")
                        .put("created", 1_700_000_000L)
                        .put("model", "stub");
                var choice = chunk.putArray("choices").addObject().put("index", 0);
                choice.set("delta", delta);
                if (i == words.length) {
                    choice.put("finish_reason", "stop");
                } else {
                    choice.putNull("finish_reason");
                }
                out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (!cutStream) {
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            clientsGone.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
            streamsEnded.incrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
