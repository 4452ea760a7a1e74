package dev.backchannel.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.backchannel.concurrent.ProcessLock;
import dev.backchannel.config.StoreConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteErrorCode;

/**
 * The database behind the educator and fleet features: SQLite (one file, the default) or
 * PostgreSQL (shared by the processes of a fleet), through a connection pool; the schema is
 * versioned and migrated by Flyway at start. The repositories ({@link QuestionLog}, {@link
 * AnswerThreads}, {@link Quizzes}, {@link Sessions}, {@link ServerSettingsStore}) run their
 * statements through it. Each write is committed before the method returns, so what the bot
 * acknowledged survives a crash, and every write keyed by a Discord id is idempotent, so an
 * interaction delivered twice is recorded once.
 */
public final class Database implements AutoCloseable {

    /** How long a SQLite statement waits for another connection's write before failing. */
    private static final int SQLITE_BUSY_TIMEOUT_MS = 5_000;

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final Clock clock;

    private Database(HikariDataSource pool, Dialect dialect, Clock clock) {
        this.pool = pool;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens a SQLite file or a PostgreSQL database with no credentials. */
    public static Database open(String jdbcUrl, Clock clock) {
        return open(StoreConfig.of(jdbcUrl), clock);
    }

    /** Opens (creating when needed) and migrates the database; a clear error when it cannot. */
    public static Database open(StoreConfig config, Clock clock) {
        return open(config, clock, false);
    }

    /**
     * Opens the database as {@link #open(StoreConfig, Clock)} does, but does not load Flyway when
     * the schema is already at the newest migration: for a one-shot command such as {@code ask},
     * where Flyway finding nothing to do cost a fifth of a second of a cold start. Flyway's check
     * of the applied migrations' checksums is left to the processes that run for long, which open
     * the database with {@link #open(StoreConfig, Clock)}.
     */
    public static Database openForOneCommand(StoreConfig config, Clock clock) {
        return open(config, clock, true);
    }

    private static Database open(StoreConfig config, Clock clock, boolean trustCurrentSchema) {
        String jdbcUrl = config.jdbcUrl();
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariDataSource pool = null;
        try {
            if (dialect == Dialect.SQLITE) {
                checkSqliteFile(jdbcUrl);
            }
            if (dialect == Dialect.SQLITE) {
                // Flyway takes no lock on SQLite, and switching a new file to WAL wants it alone:
                // processes starting together on a new file could fail as "locked", or apply a
                // migration twice. They open it one at a time.
                try (ProcessLock lock = ProcessLock.acquire(openLock(jdbcUrl), "opening this database")) {
                    pool = pool(config, dialect);
                    migrate(pool, dialect, trustCurrentSchema);
                }
            } else {
                pool = pool(config, dialect);
                migrate(pool, dialect, trustCurrentSchema);
            }
            return new Database(pool, dialect, clock);
        } catch (SQLException | IOException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (e instanceof StoreException already) {
                throw already;
            }
            throw new StoreException(explain(jdbcUrl, e), e);
        }
    }

    private static void migrate(HikariDataSource pool, Dialect dialect, boolean trustCurrentSchema) {
        if (trustCurrentSchema && SchemaVersion.isCurrent(pool)) {
            return;
        }
        Flyway.configure()
                .dataSource(pool)
                .locations(dialect.migrations())
                .load()
                .migrate();
    }

    private static HikariDataSource pool(StoreConfig config, Dialect dialect) throws SQLException {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setPoolName("backchannel-store");
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        if (dialect == Dialect.SQLITE) {
            // One file, one writer at a time: a few connections that wait for each other's writes
            // (and another process's) instead of failing at once; a real lock still fails. The
            // wait is set as the connection opens, so it covers switching a new file to WAL when
            // two processes create it at once. In WAL mode readers never block a writer (a report
            // or a health check cannot make a question fail as "locked"). A transaction takes the
            // write lock when it begins: one that read first and then wrote would fail at once,
            // without waiting, when another connection wrote meanwhile.
            hikari.setMaximumPoolSize(Math.min(config.poolSize(), 4));
            hikari.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else {
            hikari.setMaximumPoolSize(config.poolSize());
            hikari.setMinimumIdle(1);
        }
        // Short, so a health check on a dead database answers before a prober gives up.
        hikari.setConnectionTimeout(5_000);
        // Fail here, with the database's own reason, rather than on the first question.
        hikari.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private static Path sqliteFile(String jdbcUrl) {
        return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
    }

    private static Path openLock(String jdbcUrl) {
        Path file = sqliteFile(jdbcUrl);
        return file.resolveSibling(file.getFileName() + "-open.lock");
    }

    private static void checkSqliteFile(String jdbcUrl) throws IOException {
        Path file = sqliteFile(jdbcUrl);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        if (Files.isRegularFile(file) && Files.size(file) > 0 && !isSqlite(file)) {
            throw new StoreException(
                    "The database " + jdbcUrl
                            + " is not a valid SQLite file (corrupt?); move it away to start a new one.",
                    null);
        }
    }

    private static boolean isSqlite(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(16), "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String explain(String jdbcUrl, Exception e) {
        String shown = JdbcUrls.redact(jdbcUrl);
        String message = String.valueOf(e.getMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.SQLiteException sqlite) {
                if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                        || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED) {
                    return "The database " + shown + " is locked by another process; stop it or wait, then try again.";
                }
                if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                        || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                    return "The database " + shown
                            + " is not a valid SQLite file (corrupt?); move it away to start a new one.";
                }
            }
            if (cause instanceof SQLException sql && cause.getMessage() != null) {
                message = sql.getMessage();
            }
        }
        return "Cannot use the database " + shown + ": "
                + JdbcUrls.redact(message.lines().findFirst().orElse(message));
    }

    /** The pool, for what shares the database: Bucket4j's buckets, the health check. */
    public DataSource dataSource() {
        return pool;
    }

    /** Publishes the pool's connection metrics to {@code registry}. */
    public void trackMetrics(MeterRegistry registry) {
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    /**
     * A connection outside the pool, for a session that lasts as long as the process (a {@code
     * LISTEN}); the caller closes it.
     */
    public Connection dedicatedConnection() throws SQLException {
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The time now, as written to the database. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A unit of work on one pooled connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException, JsonProcessingException;
    }

    /**
     * Runs {@code work} on a pooled connection; a failure is a {@link StoreException} starting with
     * {@code failure}.
     */
    <T> T with(String failure, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException(failure + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction, rolled back when it fails, as {@link #with} does. */
    <T> T transaction(String failure, Work<T> work) {
        return with(failure, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
