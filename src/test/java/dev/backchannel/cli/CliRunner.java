package dev.backchannel.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process against a given knowledge folder, capturing its output. */
final class CliRunner {

    record Run(int exitCode, String out, String err) {}

    private final Path home;
    private final Map<String, String> environment;

    CliRunner(Path home, Path knowledge) {
        this(home, knowledge, Map.of());
    }

    CliRunner(Path home, Path knowledge, Map<String, String> extraEnvironment) {
        this.home = home;
        Map<String, String> environment = new java.util.HashMap<>(extraEnvironment);
        environment.put("BACKCHANNEL_KNOWLEDGE_DIR", knowledge.toString());
        environment.put("BACKCHANNEL_INDEX_DIR", home.resolve("index").toString());
        environment.put("BACKCHANNEL_EMBEDDING_MODEL", "none");
        this.environment = Map.copyOf(environment);
    }

    Run runWithInput(String input, String... args) {
        return runWithInput(new ByteArrayOutputStream(), input, args);
    }

    /** As {@link #runWithInput(String, String...)}, writing standard output to {@code out}. */
    Run runWithInput(ByteArrayOutputStream out, String input, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackchannelCommand.commandLine(
                        home, environment, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err)
                .execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run run(String... args) {
        return runWithInput("", args);
    }
}
