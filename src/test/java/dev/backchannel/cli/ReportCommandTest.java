package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.FixtureApp;
import dev.backchannel.Fixtures;
import dev.backchannel.store.AnswerReports;
import dev.backchannel.store.Database;
import dev.backchannel.store.ProblemReason;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.ReportScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

final class ReportCommandTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

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

    @Test
    @DisplayName("report --guild ID reads only what was asked in that Discord server; without it the "
            + "operator sees every server and the console")
    void guildNarrowsTheReport() {
        CliRunner cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
        cli.run("ask", "Who won the 2022 World Cup on the console?");
        try (Database database =
                Database.open("jdbc:sqlite:" + temp.resolve("data/backchannel.db"), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            questions.recordQuestion(
                    fixture.get().answers().ask("How do I bake sourdough bread in server A?"),
                    QuestionOrigin.discord("111", "channel-a", "student", false),
                    "a1");
            questions.recordQuestion(
                    fixture.get().answers().ask("Which cheese melts best in server B?"),
                    QuestionOrigin.discord("222", "channel-b", "student", false),
                    "b1");
        }

        CliRunner.Run narrowed = cli.run("report", "--guild", "111");
        CliRunner.Run everything = cli.run("report");

        assertThat(narrowed.exitCode()).isZero();
        assertThat(narrowed.out()).contains("- Questions asked: 1", "server A").doesNotContain("server B", "console");
        assertThat(everything.out()).contains("- Questions asked: 3", "server A", "server B", "console");
    }

    @Test
    @DisplayName("report --guild with something other than a server ID is a usage error (exit 2)")
    void guildMustBeAnId() {
        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge()).run("report", "--guild", "school");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--guild takes a Discord server ID");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("report lists a reported answer under Answers reported, --resolve N marks it resolved, and a "
            + "second --resolve N fails with a message")
    void reportedAnswerResolvedFromTheConsole() {
        CliRunner cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
        cli.run("ask", "What is Track II diplomacy?");
        long number;
        try (Database database =
                Database.open("jdbc:sqlite:" + temp.resolve("data/backchannel.db"), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            questions.recordQuestion(
                    fixture.get().answers().ask("What is Track III diplomacy?"),
                    QuestionOrigin.discord("100", "200", "ana", false),
                    "answer-1");
            AnswerReports reports = new AnswerReports(database);
            reports.report("answer-1", "bao", ProblemReason.WRONG_SOURCE, "source [2] is about Track II");
            number = reports.open(ReportScope.everywhere()).get(0).id();
        }

        assertThat(cli.run("report").out())
                .contains("- #" + number + " (wrong source) What is Track III diplomacy? → ")
                .contains("said: source \\[2\\] is about Track II");
        CliRunner.Run resolved = cli.run("report", "--resolve", Long.toString(number));
        CliRunner.Run again = cli.run("report", "--resolve", Long.toString(number));

        assertThat(resolved.exitCode()).isZero();
        assertThat(resolved.out()).isEqualTo("Report #" + number + " is marked resolved." + System.lineSeparator());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("No open report #" + number);
        assertThat(cli.run("report").out()).contains("## Answers reported\n\nnone");
    }
}
