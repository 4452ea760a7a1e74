package dev.backchannel.discord.fake;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server on 127.0.0.1 behind {@code /api/v10}: checks each request against Discord's API
 * description and answers one that breaks it as Discord would, recording the violation; answers the
 * others from the first matching {@link RestRoute}, or with a JSON 404 recorded as an unknown route;
 * and records every request.
 */
final class FakeRest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeRest.class);
    private static final String API_PREFIX = "/api/v10";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RestRoute> routes;
    private final SpecConformance conformance;
    private final Recording<RecordedRequest> requests = new Recording<>("REST request");
    private final Recording<RecordedRequest> unknownRoutes = new Recording<>("unknown route");
    private final Recording<SpecViolation> specViolations = new Recording<>("Discord API spec violation");

    FakeRest(List<RestRoute> routes, SpecConformance conformance) throws IOException {
        this.routes = List.copyOf(routes);
        this.conformance = conformance;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-rest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL for JDA's {@code RestConfig}, ending with a slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX + "/";
    }

    Recording<RecordedRequest> requests() {
        return requests;
    }

    Recording<RecordedRequest> unknownRoutes() {
        return unknownRoutes;
    }

    Recording<SpecViolation> specViolations() {
        return specViolations;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Answers, then records: a test that waited for a request knows its response has been sent, so
     * shutting JDA down right after rarely interrupts JDA reading it. A violation is recorded before
     * its request, so that a test that finds the request also finds what was wrong with it.
     */
    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request = null;
        Optional<RestRoute> route = Optional.empty();
        Optional<SpecViolation> violation = Optional.empty();
        try {
            String fullPath = exchange.getRequestURI().getPath();
            boolean underApi = fullPath.startsWith(API_PREFIX);
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            request = new RecordedRequest(
                    exchange.getRequestMethod(),
                    underApi ? fullPath.substring(API_PREFIX.length()) : fullPath,
                    query(exchange.getRequestURI().getRawQuery()),
                    body(bytes, contentType),
                    files(bytes, contentType),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    System.nanoTime());
            route = underApi ? routeFor(request) : Optional.empty();
            violation = underApi ? check(request) : Optional.of(SpecViolation.unknownPath(request));
            respond(exchange, violation.isPresent() ? violation.get().response() : answer(request, route));
        } finally {
            exchange.close();
            if (request != null) {
                violation.ifPresent(specViolations::add);
                requests.add(request);
                if (route.isEmpty()) {
                    unknownRoutes.add(request);
                }
            }
        }
    }

    /** A check that fails counts as a violation, so that the test cannot pass unchecked. */
    private Optional<SpecViolation> check(RecordedRequest request) {
        try {
            return conformance.check(request);
        } catch (RuntimeException e) {
            LOG.warn("Could not check {} against Discord's API description", request, e);
            return Optional.of(SpecViolation.uncheckable(request, e));
        }
    }

    private Optional<RestRoute> routeFor(RecordedRequest request) {
        return routes.stream()
                .filter(route -> route.match(request.method(), request.path()).isPresent())
                .findFirst();
    }

    private static RestRoute.Response answer(RecordedRequest request, Optional<RestRoute> route) {
        if (route.isEmpty()) {
            return RestRoute.Response.error(404, 0, "404: Not Found (no such route in the fake Discord)");
        }
        try {
            List<String> parameters =
                    route.get().match(request.method(), request.path()).orElseThrow();
            return route.get().handler().handle(request, parameters);
        } catch (RuntimeException e) {
            LOG.warn("Fake REST handler failed for {}", request, e);
            return RestRoute.Response.error(500, 0, "Fake Discord failed: " + e);
        }
    }

    private static void respond(HttpExchange exchange, RestRoute.Response response) throws IOException {
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = response.body().toString().getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
        }
        return parameters;
    }

    /** The JSON body; for multipart (messages with files) the {@code payload_json} part. */
    private static JsonNode body(byte[] bytes, String contentType) {
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        String text = contentType.startsWith("multipart/")
                ? payloadJson(new String(bytes, ISO_8859_1), contentType)
                : new String(bytes, UTF_8);
        try {
            return Json.parse(text);
        } catch (UncheckedIOException e) {
            return TextNode.valueOf(text);
        }
    }

    /** The files of a multipart body: every part with a file name, its bytes as sent. */
    private static List<UploadedFile> files(byte[] bytes, String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!contentType.startsWith("multipart/") || !boundary.find()) {
            return List.of();
        }
        List<UploadedFile> files = new ArrayList<>();
        // ISO-8859-1 maps every byte to one character and back, so a file's bytes survive the split.
        for (String part : new String(bytes, ISO_8859_1).split("--" + Pattern.quote(boundary.group(1)))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            Matcher fileName = headersEnd > 0 ? FILE_NAME.matcher(part.substring(0, headersEnd)) : null;
            if (fileName != null && fileName.find()) {
                // The line break before the next boundary belongs to the boundary, not to the file.
                String content = part.substring(headersEnd + 4, part.length() - (part.endsWith("\r\n") ? 2 : 0));
                files.add(new UploadedFile(fileName.group(1), content.getBytes(ISO_8859_1)));
            }
        }
        return files;
    }

    private static String payloadJson(String body, String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return body;
        }
        for (String part : body.split("--" + Pattern.quote(boundary.group(1)))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd > 0 && part.substring(0, headersEnd).contains("name=\"payload_json\"")) {
                String content = part.substring(headersEnd + 4).replaceFirst("\r\n$", "");
                return new String(content.getBytes(ISO_8859_1), UTF_8);
            }
        }
        return body;
    }
}
