package dev.backchannel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already at the newest migration, read from Flyway's history
 * table without loading Flyway. The newest version is written in {@code db/schema-version.txt};
 * a test holds it to the migration files of both dialects.
 */
final class SchemaVersion {

    private static final String NEWEST = "/db/schema-version.txt";

    private SchemaVersion() {}

    /** The version of the newest migration shipped. */
    static int newest() {
        try (InputStream in = SchemaVersion.class.getResourceAsStream(NEWEST)) {
            if (in == null) {
                throw new IllegalStateException(NEWEST + " is missing from the build");
            }
            return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + NEWEST + " failed", e);
        }
    }

    /**
     * Whether every migration in the history succeeded and the newest applied is the newest
     * shipped. Anything else, a database never migrated included, is for Flyway to handle.
     */
    static boolean isCurrent(DataSource database) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int highest = 0;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                String version = rows.getString(1);
                if (version != null) {
                    highest = Math.max(highest, Integer.parseInt(version));
                }
            }
            return highest == newest();
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }
}
