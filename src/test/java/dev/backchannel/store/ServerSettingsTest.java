package dev.backchannel.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Server settings on a SQLite file in a temporary folder. */
final class ServerSettingsTest extends ServerSettingsContract {

    @TempDir
    Path temp;

    @Override
    String url() {
        return "jdbc:sqlite:" + temp.resolve("backchannel.db");
    }
}
