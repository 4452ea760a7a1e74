package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.answer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database and its repositories on a real SQLite file in a temporary folder. */
final class StoreTest extends StoreContract {

    @TempDir
    Path temp;

    @Override
    String url() {
        return "jdbc:sqlite:" + temp.resolve("data/backchannel.db");
    }

    @Test
    @DisplayName("a corrupt database file gives a clear error, not a silent loss")
    void corruptFile() throws Exception {
        Path file = temp.resolve("data/backchannel.db");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "this is not a database ".repeat(100));

        assertThatThrownBy(() -> Database.open(url(), Clock.systemUTC()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("not a valid SQLite file");
    }

    @Test
    @DisplayName("two databases opened at once on one new file, as two chat processes do, both record every "
            + "question, written at the same time")
    void twoWritersOnANewFile() throws Exception {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        int writers = 2;
        int questionsEach = 50;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> recorded = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "writer-" + w;
                recorded.add(pool.submit(() -> {
                    together.await(1, TimeUnit.MINUTES);
                    try (Database database = Database.open(url(), Clock.systemUTC())) {
                        QuestionLog questions = new QuestionLog(database);
                        together.await(1, TimeUnit.MINUTES);
                        for (int q = 0; q < questionsEach; q++) {
                            questions.recordQuestion(answer, QuestionOrigin.console(writer), null);
                        }
                        return questionsEach;
                    }
                }));
            }
            for (Future<Integer> writer : recorded) {
                assertThat(writer.get(2, TimeUnit.MINUTES)).isEqualTo(questionsEach);
            }
        } finally {
            pool.shutdownNow();
        }

        try (Database database = Database.open(url(), Clock.systemUTC())) {
            assertThat(new QuestionLog(database).questionsSince(Instant.EPOCH, ReportScope.everywhere()))
                    .hasSize(writers * questionsEach);
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(Integer.parseInt(pragma(database, "busy_timeout"))).isGreaterThanOrEqualTo(5_000);
        }
    }

    @Test
    @DisplayName("six processes starting at once on a new database file all open it: none fails as locked or "
            + "applies a migration twice")
    void manyOpenersOnANewFile() throws Exception {
        int openers = 6;
        for (int round = 0; round < 10; round++) {
            String url = "jdbc:sqlite:" + temp.resolve("round-" + round + "/backchannel.db");
            CyclicBarrier together = new CyclicBarrier(openers);
            ExecutorService pool = Executors.newFixedThreadPool(openers);
            try {
                List<Future<Boolean>> opened = new ArrayList<>();
                for (int o = 0; o < openers; o++) {
                    opened.add(pool.submit(() -> {
                        together.await(1, TimeUnit.MINUTES);
                        try (Database database = Database.open(url, Clock.systemUTC())) {
                            return pragma(database, "journal_mode").equals("wal");
                        }
                    }));
                }
                for (Future<Boolean> opener : opened) {
                    assertThat(opener.get(2, TimeUnit.MINUTES)).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String pragma(Database database, String name) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
