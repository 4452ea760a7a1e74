package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AskCommandTest {

    @TempDir
    Path temp;

    private CliRunner cli;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("ask --json prints exactly one JSON object with the documented fields and types")
    void jsonContract() throws Exception {
        CliRunner.Run run = cli.run("ask", "--json", "Ngoại giao nhánh II là gì?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode answer = json.readTree(run.out());
        assertThat(names(answer))
                .containsExactly(
                        "question",
                        "language",
                        "answer",
                        "abstained",
                        "mode",
                        "citations",
                        "suggestions",
                        "timings_ms");
        assertThat(answer.get("question").asText()).isEqualTo("Ngoại giao nhánh II là gì?");
        assertThat(answer.get("language").asText()).isEqualTo("vi");
        assertThat(answer.get("abstained").isBoolean()).isTrue();
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        JsonNode citation = answer.get("citations").get(0);
        assertThat(names(citation)).containsExactly("n", "passage_id", "id", "title", "section", "lang", "url");
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("id").asText()).isEqualTo("track-two");
        assertThat(citation.get("passage_id").asText()).startsWith("track-two#");
        assertThat(citation.get("url").asText()).startsWith("https://");
        assertThat(names(answer.get("timings_ms"))).containsExactly("retrieve", "answer", "total");
        assertThat(answer.get("timings_ms").get("total").isNumber()).isTrue();
    }

    @Test
    @DisplayName("an abstention in JSON has no citations, says so and says why")
    void jsonAbstention() throws Exception {
        JsonNode answer = json.readTree(
                cli.run("ask", "--json", "Who won the 2022 World Cup?").out());

        assertThat(answer.get("abstained").asBoolean()).isTrue();
        assertThat(answer.get("abstain_reason").asText()).isIn("low_coverage", "unmentioned_year", "no_evidence");
        assertThat(answer.get("citations")).isEmpty();
        assertThat(answer.get("suggestions")).isNotEmpty();
    }

    @Test
    @DisplayName("the text form shows the answer then numbered sources with links")
    void textForm() {
        CliRunner.Run run = cli.run("ask", "What", "is", "Track", "II", "diplomacy?");

        assertThat(run.out())
                .contains("[1]")
                .contains("Sources:")
                .contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
    }

    @Test
    @DisplayName("query syntax in a question answers or abstains, with no stack trace")
    void querySyntax() {
        CliRunner.Run run = cli.run("ask", "Track II: what? (AND \"x");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("an empty question gets a clear message and exit code 2, not a stack trace")
    void emptyQuestion() {
        CliRunner.Run run = cli.run("ask", "  ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Please type a question").doesNotContain("Exception");
    }

    @Test
    @DisplayName("topics lists the knowledge files' topics without building an index")
    void topicsReadsOnlyTheFiles() {
        CliRunner.Run topics = cli.run("topics", "--lang", "en");

        assertThat(topics.exitCode()).isZero();
        assertThat(topics.out()).contains("track-two", "Track II diplomacy").doesNotContain("[vi]");
        assertThat(temp.resolve("index")).doesNotExist();
    }

    @Test
    @DisplayName("usage errors exit 2 with one line, and --json prints one JSON object even for a refused question")
    void usageErrorsExitTwo() throws Exception {
        CliRunner.Run refused = cli.run("ask", "--json", "  ");
        CliRunner.Run kind = cli.run("topics", "--kind", "foo");
        CliRunner.Run days = cli.run("report", "--days", "-3");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(refused.out()).path("error").asText())
                .contains("Please type a question");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("--kind must be track, term or example");
        assertThat(days.exitCode()).isEqualTo(2);
        assertThat(days.err()).contains("--days must be 1 or more");
    }

    @Test
    @DisplayName("chat runs a quiz: questions with A-D options, a verdict and a cited explanation each, then the score")
    void chatQuiz() {
        CliRunner.Run run = cli.runWithInput("/quiz en 2\nA\nB\n/quit\n", "chat");

        assertThat(run.out())
                .contains("1/2 Which topic does this describe?")
                .contains("2/2 ")
                .contains("  A. ")
                .contains("[1]")
                .contains("Score: ");
    }

    @Test
    @DisplayName("chat exports its session: every question, answer and source URL, as Markdown and JSON")
    void chatSessionExport() throws Exception {
        CliRunner.Run run = cli.runWithInput(
                "What is Track II diplomacy?\nWhat is Track III diplomacy?\n/session export\n/quit\n", "chat");

        assertThat(run.out()).containsPattern("Exported 2 questions to \\S+\\.md and \\S+\\.json");
        try (var files = java.nio.file.Files.list(temp.resolve("data/exports"))) {
            Path markdown =
                    files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
            assertThat(java.nio.file.Files.readString(markdown))
                    .contains("## Q1. What is Track II diplomacy?")
                    .contains("## Q2. What is Track III diplomacy?")
                    .contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
        }
    }

    @Test
    @DisplayName("chat answers follow-ups with the previous turn as context and leaves on /quit")
    void chat() {
        CliRunner.Run run =
                cli.runWithInput("What is Track II diplomacy?\nWho coined the term?\n/quit\nnever read\n", "chat");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Montville").doesNotContain("never read");
    }

    @Test
    @DisplayName("chat on a corrupt database runs the quiz, declines the export and answers on, saying what "
            + "was not recorded, and exits 0")
    void chatOnACorruptDatabase() throws Exception {
        Path database = temp.resolve("data/backchannel.db");
        java.nio.file.Files.createDirectories(database.getParent());
        java.nio.file.Files.writeString(database, "this is not a database ".repeat(100));

        CliRunner.Run run =
                cli.runWithInput("/quiz en 1\nA\n/session export\nWhat is Track II diplomacy?\n/quit\n", "chat");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1/1 ").contains("Score: ").contains("unofficial");
        assertThat(run.out() + run.err())
                .contains("not recorded: The database")
                .contains("Not exported: The database")
                .contains("Not recorded: The database");
    }
}
