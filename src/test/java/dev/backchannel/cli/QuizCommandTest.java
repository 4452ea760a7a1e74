package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuizCommandTest {

    @TempDir
    Path temp;

    private CliRunner.Run run(String... args) {
        return new CliRunner(temp, Fixtures.realKnowledge()).run(args);
    }

    @Test
    @DisplayName("quiz --json prints the questions with format, stem, options, answer and cited passage, the same "
            + "for the same seed, and on standard error what each check rejected")
    void json() throws Exception {
        CliRunner.Run first = run("quiz", "--json", "--lang", "vi", "--count", "6", "--seed", "11");
        CliRunner.Run again = run("quiz", "--json", "--lang", "vi", "--count", "6", "--seed", "11");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.path("language").asText()).isEqualTo("vi");
        assertThat(json.path("seed").asLong()).isEqualTo(11);
        assertThat(json.path("questions")).hasSize(6).allSatisfy(question -> {
            assertThat(question.path("format").asText()).isIn("topic", "fact", "track", "term");
            assertThat(question.path("stem").asText()).isNotBlank();
            assertThat(question.path("options")
                            .get(question.path("answer").asInt())
                            .asText())
                    .isEqualTo(question.path("answer_text").asText());
            assertThat(question.path("citation").path("passage").asText())
                    .startsWith("vi:" + question.path("topic").asText() + "#");
            assertThat(question.path("citation").path("section").asText()).isNotBlank();
        });
        assertThat(first.err())
                .contains("candidates")
                .contains("names-in-stem")
                .contains("reads-as-sentence")
                .containsPattern("all\\s+\\d+ candidates,\\s+6 asked");
    }

    @Test
    @DisplayName("quiz --kind term --format term asks only terms, from their definitions; an unknown format is refused")
    void kindAndFormat() throws Exception {
        CliRunner.Run terms =
                run("quiz", "--json", "--kind", "term", "--format", "term", "--count", "4", "--seed", "2");
        CliRunner.Run unknown = run("quiz", "--format", "riddle");

        assertThat(new ObjectMapper().readTree(terms.out()).path("questions"))
                .hasSize(4)
                .allSatisfy(question -> {
                    assertThat(question.path("format").asText()).isEqualTo("term");
                    assertThat(question.path("stem").asText()).startsWith("Which term does this define?");
                });
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--format must be topic, fact, track or term");
    }

    @Test
    @DisplayName("quiz without --json prints each question readably, its answer marked")
    void text() {
        CliRunner.Run run = run("quiz", "--count", "2", "--seed", "5");

        assertThat(run.out())
                .contains("1. [")
                .contains("2. [")
                .containsPattern("\\n   \\* [A-D]\\. ")
                .contains("[1] ");
    }
}
