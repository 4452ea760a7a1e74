package dev.backchannel.fleet;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One bot process started from the shaded jar, as an operator would run it: {@code java -jar
 * backchannel.jar discord --shards N --total-shards T}, configured by a file and environment
 * variables, with its own index folder and operations port.
 */
final class BotProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/backchannel.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final Process process;
    private final Path output;
    private final int opsPort;

    private BotProcess(String name, Process process, Path output, int opsPort) {
        this.name = name;
        this.process = process;
        this.output = output;
        this.opsPort = opsPort;
    }

    /** Starts a process for one shard and waits until it says it is online. */
    static BotProcess start(
            String name,
            int shard,
            int totalShards,
            Path home,
            Map<String, String> environment,
            String discordConfig,
            Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: FleetIT runs after `mvn package`");
        }
        Files.createDirectories(home.resolve("config"));
        int opsPort = freePort();
        Files.writeString(
                home.resolve("config/backchannel.yaml"),
                discordConfig + "ops:\n  port: " + opsPort + "\n",
                StandardCharsets.UTF_8);
        Path output = home.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "discord",
                        "--shards",
                        Integer.toString(shard),
                        "--total-shards",
                        Integer.toString(totalShards)))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        BotProcess bot = new BotProcess(name, builder.start(), output, opsPort);
        bot.awaitOutput("Backchannel is online", timeout);
        return bot;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    void awaitOutput(String line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(output)
                    && Files.readString(output, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + log());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not print '" + line + "' within " + timeout + ":\n" + log());
    }

    String log() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    /** GET on the operations endpoint: the status code and body. */
    HttpResponse<String> ops(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Ends the process as a crash would: SIGKILL, no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
