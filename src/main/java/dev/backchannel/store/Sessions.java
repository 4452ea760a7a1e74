package dev.backchannel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;

/** Live Q&A sessions: one running at most per place, their numbered questions, and their transcripts. */
public final class Sessions {

    private static final String SESSION_COLUMNS =
            "SELECT id, place, title, started_by, started_at, ended_at FROM qa_session";

    private final Database database;

    public Sessions(Database database) {
        this.database = database;
    }

    /** Starts a session in a place; a session already running there is returned instead. */
    public QaSession startSession(String id, String place, String title, String startedBy) {
        database.with("Cannot start the session", connection -> {
            // The unique index on running sessions makes a second start, from any process, a no-op.
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO qa_session (id, place, title, started_by, "
                            + "started_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, id);
                insert.setString(2, place);
                insert.setString(3, title);
                insert.setString(4, startedBy);
                insert.setString(5, StoredValues.timestamp(database.now()));
                return insert.executeUpdate();
            }
        });
        return activeSession(place)
                .orElseThrow(() -> new StoreException("Cannot start the session: it ended at once", null));
    }

    public Optional<QaSession> activeSession(String place) {
        return session(
                SESSION_COLUMNS + " WHERE place = ? AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1", place);
    }

    /** The running or, failing that, the most recent session of a place. */
    public Optional<QaSession> latestSession(String place) {
        return session(
                SESSION_COLUMNS + " WHERE place = ? ORDER BY started_at DESC, "
                        + database.dialect().insertionOrder() + " DESC LIMIT 1",
                place);
    }

    private Optional<QaSession> session(String sql, String place) {
        return database.with("Cannot read the sessions", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, place);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String ended = row.getString(6);
                    return Optional.of(new QaSession(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            Instant.parse(row.getString(5)),
                            ended == null ? Optional.empty() : Optional.of(Instant.parse(ended))));
                }
            }
        });
    }

    /**
     * Adds a recorded question to a session and returns its number there (1, 2, ...); a question
     * added twice keeps its first number.
     */
    public int addToSession(String sessionId, long questionId) {
        String sql = "INSERT INTO session_question (session_id, number, question_id) SELECT ?, "
                + "COALESCE(MAX(number), 0) + 1, ? FROM session_question WHERE session_id = ?"
                + " ON CONFLICT (question_id) DO NOTHING RETURNING number";
        return database.with("Cannot add the question to the session", connection -> {
            // Two processes may take the same next number at once; the loser tries the one after.
            for (int attempt = 1; ; attempt++) {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setString(1, sessionId);
                    insert.setLong(2, questionId);
                    insert.setString(3, sessionId);
                    try (ResultSet row = insert.executeQuery()) {
                        if (row.next()) {
                            return row.getInt(1);
                        }
                    }
                    return existingNumber(connection, questionId);
                } catch (SQLException e) {
                    if (attempt >= 5 || !isUniqueViolation(e)) {
                        throw e;
                    }
                }
            }
        });
    }

    private static int existingNumber(Connection connection, long questionId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT number FROM session_question WHERE question_id = ?")) {
            select.setLong(1, questionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState())
                || (e instanceof org.sqlite.SQLiteException sqlite
                        && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE));
    }

    public void endSession(String sessionId) {
        database.with("Cannot end the session", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE qa_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL")) {
                update.setString(1, StoredValues.timestamp(database.now()));
                update.setString(2, sessionId);
                return update.executeUpdate();
            }
        });
    }

    /** Every question of a session in order, with answers and sources. */
    public List<SessionEntry> transcript(String sessionId) {
        String sql = "SELECT s.number, q.asker, q.question, q.answer, q.abstained, "
                + "q.cited_topics, q.citations FROM session_question s"
                + " JOIN question q ON q.id = s.question_id WHERE s.session_id = ? ORDER BY s.number";
        return database.with("Cannot read the session", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, sessionId);
                List<SessionEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new SessionEntry(
                                rows.getInt(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getInt(5) == 1,
                                StoredValues.topics(rows.getString(6)),
                                StoredValues.sources(rows.getString(7))));
                    }
                }
                return entries;
            }
        });
    }
}
