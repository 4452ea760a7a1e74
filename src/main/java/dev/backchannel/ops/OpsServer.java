package dev.backchannel.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.backchannel.config.OpsConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code GET /healthz} (200 or 503, a line per part) and {@code GET
 * /metrics} (Prometheus text format), for probes and scrapers, with a few threads and a read timeout
 * so that slow or idle clients cannot starve the health check.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final HealthCheck health;
    private final Metrics metrics;

    private OpsServer(HttpServer server, ExecutorService executor, HealthCheck health, Metrics metrics) {
        this.server = server;
        this.executor = executor;
        this.health = health;
        this.metrics = metrics;
    }

    /** Listens on the configured address; port 0 takes any free port, which {@link #port()} tells. */
    public static OpsServer start(OpsConfig config, HealthCheck health, Metrics metrics) throws IOException {
        // The JDK's server reads a request in a pool thread and takes its read timeout from a
        // process-wide property read once: without it, clients that connect and send half a request
        // hold their threads for as long as they stay connected.
        if (System.getProperty(MAX_REQUEST_SECONDS) == null) {
            System.setProperty(MAX_REQUEST_SECONDS, Integer.toString(config.readTimeout()));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        ExecutorService executor = Executors.newFixedThreadPool(config.threads(), task -> {
            Thread thread = new Thread(task, "backchannel-ops");
            thread.setDaemon(true);
            return thread;
        });
        OpsServer ops = new OpsServer(server, executor, health, metrics);
        server.createContext("/", ops::handle);
        server.setExecutor(executor);
        server.start();
        log.info("Operations endpoint on http://{}:{}/healthz and /metrics", config.host(), ops.port());
        return ops;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private record Response(int status, String contentType, String body) {}

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response = respond(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath());
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            if (response.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "GET");
            }
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Response respond(String method, String path) {
        if (!path.equals("/healthz") && !path.equals("/metrics")) {
            return new Response(404, TEXT, "not found: try /healthz or /metrics\n");
        }
        if (!method.equals("GET")) {
            return new Response(405, TEXT, "only GET\n");
        }
        try {
            if (path.equals("/healthz")) {
                Health report = health.run();
                return new Response(report.healthy() ? 200 : 503, TEXT, report.body());
            }
            return new Response(200, PROMETHEUS_TEXT, metrics.scrape());
        } catch (RuntimeException e) {
            // The JDK server would drop the connection without a word; a prober should see a status.
            log.warn("The operations endpoint failed on {}: {}", path, e.toString());
            return new Response(500, TEXT, "internal error\n");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
