package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.config.StoreConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SchemaVersionTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path temp;

    @Test
    @DisplayName("the newest version written down is the newest migration of both dialects")
    void newestMatchesTheMigrations() throws Exception {
        for (String dialect : List.of("sqlite", "postgresql")) {
            assertThat(highestMigration(dialect)).as(dialect).isEqualTo(SchemaVersion.newest());
        }
    }

    @Test
    @DisplayName("a one-shot command on a new database file still creates the schema")
    void newFileIsMigrated() throws Exception {
        try (Database database = Database.openForOneCommand(config(), Clock.systemUTC())) {
            assertThat(tables()).contains("question", "flyway_schema_history");
        }
    }

    @Test
    @DisplayName("a schema already current is opened without Flyway by a one-shot command, while the bot's "
            + "open still validates the applied migrations")
    void currentSchemaSkipsFlyway() throws Exception {
        Database.open(config(), Clock.systemUTC()).close();
        try (Connection sqlite = DriverManager.getConnection(url());
                Statement statement = sqlite.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }

        Database.openForOneCommand(config(), Clock.systemUTC()).close();
        assertThatThrownBy(() -> Database.open(config(), Clock.systemUTC())).isInstanceOf(StoreException.class);
    }

    private String url() {
        return "jdbc:sqlite:" + temp.resolve("backchannel.db");
    }

    private StoreConfig config() {
        return StoreConfig.of(url());
    }

    private List<String> tables() throws Exception {
        try (Connection sqlite = DriverManager.getConnection(url());
                Statement statement = sqlite.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static int highestMigration(String dialect) throws URISyntaxException, IOException {
        Path folder = Path.of(
                SchemaVersionTest.class.getResource("/db/migration/" + dialect).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max()
                    .orElse(0);
        }
    }
}
