package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.nio.file.Path;
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
    @ValueSource(strings = {"ask", "chat", "report", "check", "topics", "eval", "bench", "discord"})
    @DisplayName("every subcommand's --help prints its usage and exits 0, even one whose parameters are required")
    void helpOnEverySubcommand(String command) {
        CliRunner.Run run = cli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: backchannel " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("the first ask says on standard error that it is building the index, a later one does not")
    void firstRunShowsTheIndexBuild() {
        CliRunner.Run first = cli.run("ask", "What is Track II diplomacy?");
        CliRunner.Run second = cli.run("ask", "What is Track II diplomacy?");

        assertThat(first.err()).containsPattern("Building the search index for \\d+ passages .* done\\.");
        assertThat(first.out()).doesNotContain("Building");
        assertThat(second.err()).doesNotContain("Building");
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
        assertThat(run.out().split("A-D> ", -1)).hasSize(3);
    }
}
