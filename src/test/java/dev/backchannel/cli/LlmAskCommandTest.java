package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.Fixtures;
import dev.backchannel.answer.StubChatServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask --json} with the LLM configured through environment variables, as the README shows. */
final class LlmAskCommandTest {

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, String> openAi(String baseUrl) {
        return Map.of(
                "BACKCHANNEL_LLM_PROVIDER", "openai",
                "BACKCHANNEL_LLM_BASE_URL", baseUrl,
                "BACKCHANNEL_LLM_API_KEY", "test",
                "BACKCHANNEL_LLM_MODEL", "stub-model");
    }

    @Test
    @DisplayName("with a stub OpenAI-compatible server up: mode llm, the stub's "
            + "answer, citations among the retrieved passages")
    void llmAnswer() throws Exception {
        try (StubChatServer stub =
                new StubChatServer().answering("Track II is unofficial dialogue between non-officials [1][2].")) {
            CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge(), openAi(stub.openAiBaseUrl()))
                    .run("ask", "--json", "What is Track II diplomacy?");

            JsonNode answer = json.readTree(run.out());
            assertThat(answer.get("mode").asText()).isEqualTo("llm");
            assertThat(answer.get("answer").asText())
                    .isEqualTo("Track II is unofficial dialogue between non-officials [1][2].");
            assertThat(answer.get("citations")).hasSize(2);
            assertThat(answer.get("citations").get(0).get("id").asText()).isEqualTo("track-two");
            assertThat(answer.has("fallback_reason")).isFalse();
        }
    }

    @Test
    @DisplayName("chat prints a streamed answer as it comes, once, then its sources")
    void chatStreams() throws Exception {
        try (StubChatServer stub =
                new StubChatServer().answering("Track II is unofficial dialogue between non-officials [1].")) {
            CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge(), openAi(stub.openAiBaseUrl()))
                    .runWithInput("What is Track II diplomacy?\n/quit\n", "chat");

            assertThat(run.out())
                    .containsOnlyOnce("Track II is unofficial dialogue between non-officials [1].")
                    .contains("Sources:")
                    .contains("[1] Track II diplomacy");
        }
    }

    @Test
    @DisplayName("with the server down: the extractive answer, mode extractive "
            + "and a fallback_reason, well within the timeout")
    void serverDown() throws Exception {
        String baseUrl;
        try (StubChatServer stub = new StubChatServer()) {
            baseUrl = stub.openAiBaseUrl();
        }
        long start = System.nanoTime();
        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge(), openAi(baseUrl))
                .run("ask", "--json", "What is Track II diplomacy?");
        double seconds = (System.nanoTime() - start) / 1e9;

        JsonNode answer = json.readTree(run.out());
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("fallback_reason").asText()).isEqualTo("cannot connect to the provider");
        assertThat(answer.get("citations")).isNotEmpty();
        assertThat(seconds).isLessThan(20 + 1);
    }
}
