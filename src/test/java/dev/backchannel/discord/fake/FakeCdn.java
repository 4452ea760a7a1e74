package dev.backchannel.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Discord's file host, where the attachments of interactions are downloaded from: a server on
 * 127.0.0.1 of its own, apart from the API, serving the files tests attach and recording which
 * were downloaded.
 */
final class FakeCdn implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> downloaded = new CopyOnWriteArrayList<>();

    FakeCdn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Publishes a file; returns its address. */
    String publish(long channelId, long attachmentId, String fileName, byte[] content) {
        String path = "/attachments/" + Json.id(channelId) + "/" + Json.id(attachmentId) + "/" + fileName;
        files.put(path, content.clone());
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The paths of the files downloaded so far, in order. */
    List<String> downloaded() {
        return List.copyOf(downloaded);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] content = files.get(path);
            downloaded.add(path);
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/markdown; charset=utf-8");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
