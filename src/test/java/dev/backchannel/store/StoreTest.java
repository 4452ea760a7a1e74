package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
}
