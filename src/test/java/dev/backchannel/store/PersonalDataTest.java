package dev.backchannel.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** What is kept about people, on a real SQLite file in a temporary folder. */
final class PersonalDataTest extends PersonalDataContract {

    @TempDir
    Path temp;

    @Override
    String url() {
        return "jdbc:sqlite:" + temp.resolve("data/backchannel.db");
    }
}
