package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.MovableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console as a new user meets it: help on every command, and the chat's own commands typed through JLine. */
final class ConsoleTest {

    @TempDir
    Path temp;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask", "chat", "report", "check", "topics", "timeline", "quiz", "eval", "bench", "discord"})
    @DisplayName("every subcommand's --help prints its usage and exits 0, even one whose parameters are required")
    void helpOnEverySubcommand(String command) {
        CliRunner.Run run = cli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: backchannel " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("an index build run from a script or a pipe prints nothing on standard error: no progress to clean up")
    void noProgressOffATerminal() {
        CliRunner.Run first = cli.run("ask", "What is Track II diplomacy?");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEmpty();
    }

    @Test
    @DisplayName("at a terminal, an index build shows passages done of the total, the time left, then the time it took")
    void buildProgressAtATerminal() {
        StringWriter err = new StringWriter();
        MovableClock clock = new MovableClock();
        ConsoleBuildProgress progress = new ConsoleBuildProgress(new PrintWriter(err), clock);

        progress.started(1000);
        clock.advance(Duration.ofSeconds(10));
        progress.embedded(250, 1000);
        clock.advance(Duration.ofSeconds(30));
        progress.finished();

        assertThat(err.toString())
                .contains("Building the search index for 1000 passages")
                .contains("250/1000 passages, about 30 s left")
                .contains("Built the search index in 40 s.");
    }

    @Test
    @DisplayName("in a chat quiz, /quit leaves the quiz with the score so far, and the chat goes on")
    void quitLeavesAQuiz() {
        CliRunner.Run run = cli.runWithInput("/quiz en 3\n/quit\nWhat is Track II diplomacy?\n/quit\n", "chat");

        assertThat(run.out())
                .contains("(quiz left: 0/0)")
                .doesNotContain("2/3 ")
                .contains("Sources:");
    }

    @Test
    @DisplayName("a Vietnamese chat quiz, the progress after it and a quiz on what was missed show no English line")
    void vietnameseQuizThroughout() {
        // The input ends inside the quiz on missed topics, if there is one: nothing after it is asked as a question.
        CliRunner.Run run = cli.runWithInput("/quiz vi 3\nA\nB\nC\n/quiz me vi\n/quiz missed vi 1\n", "chat");

        List<String> quizLines = run.out()
                .lines()
                .skip(1)
                .map(line -> line.replaceFirst("^(> |A-[CD]> )+", "").strip())
                .filter(line -> !line.isEmpty() && !line.startsWith("http"))
                .toList();
        int score = quizLines.indexOf(quizLines.stream()
                .filter(line -> line.startsWith("Điểm: "))
                .findFirst()
                .orElseThrow());
        long right = quizLines.subList(0, score).stream()
                .filter(line -> line.startsWith("✅ Đúng rồi!"))
                .count();
        assertThat(quizLines.get(score)).isEqualTo("Điểm: " + right + "/3");
        assertThat(quizLines).anyMatch(line -> line.startsWith("Câu đố của bạn: đã trả lời 3 câu, đúng " + right));
        assertThat(quizLines)
                .allSatisfy(line -> assertThat(line)
                        .as("a line in Vietnamese")
                        .containsPattern("[ạảãàáâầấậẩẫăằắặẳẵđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]"));
    }

    @Test
    @DisplayName("in chat, /help lists the commands instead of being asked as a question")
    void chatHelp() {
        CliRunner.Run run = cli.runWithInput("/help\n/quit\n", "chat");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("/quiz [vi|en] [1-5]")
                .contains("/session export")
                .contains("/new")
                .doesNotContain("Sources:")
                .doesNotContain("does not cover");
    }

    @Test
    @DisplayName("in chat, /quiz with words it does not know says how to call it, runs no quiz, and the chat goes on")
    void chatBadQuiz() {
        CliRunner.Run run = cli.runWithInput("/quiz xx 9\nWhat is Track II diplomacy?\n/quit\n", "chat");

        assertThat(run.out())
                .contains("Usage: /quiz [vi|en] [1-5]")
                .doesNotContain("1/3 ")
                .contains("Track II");
    }

    @Test
    @DisplayName("in chat, an unknown slash command is named, not answered as a question")
    void chatUnknownCommand() {
        CliRunner.Run run = cli.runWithInput("/qiuz\n/quit\n", "chat");

        assertThat(run.out()).contains("Unknown command /qiuz: /help lists the commands.");
    }

    @Test
    @DisplayName("in a chat quiz, an empty line is no answer: the question is asked again")
    void quizIgnoresAnEmptyLine() {
        CliRunner.Run run = cli.runWithInput("/quiz en 1\n\nA\n/quit\n", "chat");

        assertThat(run.out()).contains("Score: ");
        assertThat(run.out().split("A-[CD]> ", -1)).hasSize(3);
    }
}
