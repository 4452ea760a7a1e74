package dev.backchannel.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code BACKCHANNEL_TEST_JDBC_URL}, as printed by
 * {@code scripts/test-postgres}. Without it the PostgreSQL tests are skipped on a developer's
 * machine, and fail in CI ({@code CI=true}), where they must never be skipped silently.
 */
public final class TestPostgres {

    private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private TestPostgres() {}

    /** A new, empty database on the test server, so test classes never see each other's rows. */
    public static String freshDatabase() {
        String server = System.getenv("BACKCHANNEL_TEST_JDBC_URL");
        if (server == null || server.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but BACKCHANNEL_TEST_JDBC_URL is not set: run "
                        + "scripts/test-postgres first (.ci/run does)");
            }
            Assumptions.abort(
                    "BACKCHANNEL_TEST_JDBC_URL is not set; run scripts/test-postgres to include the PostgreSQL tests");
        }
        Matcher url = DATABASE.matcher(server);
        if (!url.matches()) {
            throw new IllegalArgumentException("BACKCHANNEL_TEST_JDBC_URL is not a jdbc:postgresql:// URL");
        }
        String name = "bc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(server);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create a test database on the PostgreSQL test server: " + e.getMessage(), e);
        }
        return url.group(1) + name + url.group(3);
    }
}
