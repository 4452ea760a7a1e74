package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvalCommandTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("eval writes one answer per question with its id, and prints recall, MRR and abstention accuracy")
    void evaluates() throws Exception {
        Path questions = temp.resolve("q.jsonl");
        Files.write(
                questions,
                List.of(
                        "{\"id\": \"a\", \"question\": \"What is Track II diplomacy?\", "
                                + "\"expect\": [\"track-two\"], \"lang\": \"en\"}",
                        "{\"id\": \"b\", \"question\": \"ngoai giao cua sau la gi\", "
                                + "\"expect\": [\"backchannel-diplomacy\"], \"lang\": \"vi\"}",
                        "{\"id\": \"c\", \"question\": \"Who won the 2022 World "
                                + "Cup?\", \"expect\": [], \"lang\": \"en\"}"));
        Path out = temp.resolve("out.jsonl");

        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge())
                .run("eval", "--questions", questions.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"id\":\"a\",\"question\"");
        assertThat(run.out())
                .containsPattern(
                        "bm25\\s+group.*\\s+all\\s+3\\s+2\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(run.out()).contains("dense: skipped (embedding.model is none)");
        assertThat(run.out()).contains("lang=vi");
    }

    @Test
    @DisplayName("recall counts the share of expected topics among the first k cited")
    void recall() {
        EvalMetrics.Outcome outcome = new EvalMetrics.Outcome(
                "x",
                List.of("a", "b"),
                List.of("c", "a", "d", "b"),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Map.of());

        assertThat(EvalMetrics.recall(outcome, 1)).isZero();
        assertThat(EvalMetrics.recall(outcome, 3)).isEqualTo(0.5);
        assertThat(EvalMetrics.recall(outcome, 5)).isEqualTo(1.0);
        assertThat(EvalMetrics.score(List.of(outcome)).mrr()).isEqualTo(0.5);
    }
}
