package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Nothing the console acknowledged is lost: by the time the user reads an answer, its question is
 * in the database, so killing the process then loses nothing.
 */
final class ConsoleRecordingTest {

    private static final String QUESTION = "What is Track II diplomacy?";

    @TempDir
    Path temp;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
    }

    @Test
    @DisplayName("ask records the question before the answer reaches standard output")
    void askRecordsBeforeShowing() {
        Witness out = new Witness(temp.resolve("data/backchannel.db"));

        CliRunner.Run run = cli.runWithInput(out, "", "ask", QUESTION);

        assertThat(run.exitCode()).isZero();
        assertThat(out.answerShown).as("the answer was printed").isTrue();
        assertThat(out.recordedWhenShown)
                .as("the question was recorded when it was")
                .isTrue();
    }

    @Test
    @DisplayName("chat records the question before the answer reaches standard output")
    void chatRecordsBeforeShowing() {
        Witness out = new Witness(temp.resolve("data/backchannel.db"));

        CliRunner.Run run = cli.runWithInput(out, QUESTION + "\n/quit\n", "chat");

        assertThat(run.exitCode()).isZero();
        assertThat(out.answerShown).as("the answer was printed").isTrue();
        assertThat(out.recordedWhenShown)
                .as("the question was recorded when it was")
                .isTrue();
    }

    /**
     * Standard output that, the moment the answer's first citation arrives, looks in the database
     * (read-only, as another process would after a {@code kill -9}) for the question.
     */
    private static final class Witness extends ByteArrayOutputStream {

        private final Path database;
        private boolean answerShown;
        private boolean recordedWhenShown;

        Witness(Path database) {
            this.database = database;
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            super.write(bytes, offset, length);
            if (!answerShown && toString(StandardCharsets.UTF_8).contains("[1]")) {
                answerShown = true;
                recordedWhenShown = recorded();
            }
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        private boolean recorded() {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection connection = config.createConnection("jdbc:sqlite:" + database);
                    PreparedStatement select =
                            connection.prepareStatement("SELECT count(*) FROM question WHERE question = ?")) {
                select.setString(1, QUESTION);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getInt(1) == 1;
                }
            } catch (SQLException noFileOrNoTableYet) {
                return false;
            }
        }
    }
}
