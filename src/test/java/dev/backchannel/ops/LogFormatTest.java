package dev.backchannel.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.config.LoggingConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an operator sees on standard error, with the logging set up as shipped. */
final class LogFormatTest {

    private static final Logger log = LoggerFactory.getLogger(LogFormatTest.class);

    @AfterEach
    void backToText() {
        LogFormat.apply(new LoggingConfig("text"));
    }

    private static List<String> logged(Runnable logging) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    @DisplayName("with logging.format json every line on standard error is a JSON object with level and message")
    void json() throws Exception {
        LogFormat.apply(new LoggingConfig("json"));

        List<String> lines = logged(() -> log.warn("shard {} reconnecting \"now\"", 3));

        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.path("level").asText()).isEqualTo("WARN");
        assertThat(line.path("formattedMessage").asText()).isEqualTo("shard 3 reconnecting \"now\"");
        assertThat(line.path("loggerName").asText()).isEqualTo(LogFormatTest.class.getName());
        assertThat(line.path("timestamp").isNumber()).isTrue();
    }

    @Test
    @DisplayName("text, the default, is one readable line; switching back from json restores it")
    void text() {
        LogFormat.apply(new LoggingConfig("json"));
        LogFormat.apply(new LoggingConfig("text"));

        List<String> lines = logged(() -> log.warn("shard {} reconnecting", 3));

        assertThat(lines)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  "
                                + "d\\.b\\.o\\.LogFormatTest - shard 3 reconnecting"));
    }
}
