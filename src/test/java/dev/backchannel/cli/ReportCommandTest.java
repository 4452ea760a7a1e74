package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("a console abstention is recorded and listed as unanswered; eval runs are not recorded")
    void consoleQuestionsReported() throws Exception {
        CliRunner cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
        cli.run("ask", "How do I bake sourdough bread quickly?");
        cli.run("ask", "What is Track II diplomacy?");
        Path questions = Files.write(
                temp.resolve("q.jsonl"),
                List.of("{\"id\": \"e\", \"question\": \"Who won the 2022 World Cup?\", \"expect\": []}"));
        cli.run(
                "eval",
                "--questions",
                questions.toString(),
                "--out",
                temp.resolve("out.jsonl").toString());

        CliRunner.Run run = cli.run("report", "--format", "json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("questions").asInt()).isEqualTo(2);
        assertThat(report.get("abstained").asInt()).isEqualTo(1);
        assertThat(report.get("unanswered").get(0).get("question").asText())
                .isEqualTo("How do I bake sourdough bread quickly?");
        assertThat(run.out()).doesNotContain("World Cup");
    }

    @Test
    @DisplayName("the Markdown report shows a question's HTML and masked link as plain text")
    void markdownReportEscapesQuestions() {
        CliRunner cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
        cli.run("ask", "How do I bake sourdough <script>alert(1)</script> [free nitro](http://evil.example)?");

        CliRunner.Run run = cli.run("report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("How do I bake sourdough \\<script\\>alert(1)\\</script\\> "
                        + "\\[free nitro\\](http://evil.example)?")
                .doesNotContain("<script>", "[free nitro](");
    }
}
