package dev.backchannel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the store keeps about the people who use the bot, found by who they are or by its age: the
 * questions they asked (with the answers), their votes, their quiz answers, the threads the bot
 * continues from their questions and the problems they reported with answers. A person can see it and have it deleted; what is older than
 * the retention is deleted for everyone. On PostgreSQL the database is the fleet's, so each
 * statement covers every process and server at once.
 */
public final class PersonalData {

    private static final String THREADS_OF_ASKER =
            "conversation_thread WHERE answer_ref IN (SELECT answer_ref FROM question WHERE asker = ?)";

    /**
     * The records one value chooses, table by table, as {@code <table> WHERE ...} with one
     * parameter, in an order that deletes sessions' links to questions before the questions.
     */
    private record Selection(
            String sessionLinks, String threads, String votes, String quizAnswers, String reports, String questions) {}

    private static final Selection OF_PERSON = new Selection(
            "session_question WHERE question_id IN (SELECT id FROM question WHERE asker = ?)",
            THREADS_OF_ASKER,
            "feedback WHERE voter = ?",
            "quiz_answer WHERE player = ?",
            "answer_report WHERE reporter = ?",
            "question WHERE asker = ?");

    private static final Selection OLDER_THAN = new Selection(
            "session_question WHERE question_id IN (SELECT id FROM question WHERE asked_at < ?)",
            "conversation_thread WHERE opened_at < ?",
            "feedback WHERE voted_at < ?",
            "quiz_answer WHERE answered_at < ?",
            "answer_report WHERE reported_at < ?",
            "question WHERE asked_at < ?");

    /** What a course note says of who added it once that person is forgotten. */
    static final String FORGOTTEN_NAME = "—";

    private final Database database;

    public PersonalData(Database database) {
        this.database = database;
    }

    /** What is kept about {@code user}, in every server, direct message and process. */
    public KeptData kept(String user) {
        requirePerson(user);
        String sql = "SELECT (SELECT COUNT(*) FROM question WHERE asker = ?),"
                + " (SELECT COUNT(*) FROM feedback WHERE voter = ?),"
                + " (SELECT COUNT(*) FROM quiz_answer WHERE player = ?),"
                + " (SELECT COUNT(*) FROM " + THREADS_OF_ASKER + "),"
                + " (SELECT COUNT(*) FROM answer_report WHERE reporter = ?),"
                + " (SELECT MIN(asked_at) FROM question WHERE asker = ?),"
                + " (SELECT MIN(voted_at) FROM feedback WHERE voter = ?),"
                + " (SELECT MIN(answered_at) FROM quiz_answer WHERE player = ?),"
                + " (SELECT MIN(reported_at) FROM answer_report WHERE reporter = ?)";
        return database.with("Cannot read what is kept", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 1; i <= 9; i++) {
                    select.setString(i, user);
                }
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    RecordCounts counts =
                            new RecordCounts(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5));
                    // Timestamps are fixed-width ISO text: the smallest string is the earliest time.
                    Optional<String> oldest = Optional.empty();
                    for (int column = 6; column <= 9; column++) {
                        String value = row.getString(column);
                        if (value != null && (oldest.isEmpty() || value.compareTo(oldest.get()) < 0)) {
                            oldest = Optional.of(value);
                        }
                    }
                    return new KeptData(counts, oldest.map(Instant::parse));
                }
            }
        });
    }

    /**
     * Deletes everything kept about {@code user}, in one transaction; others' votes on their
     * answers and others' questions in their threads stay, being others'.
     *
     * @return what was deleted: nothing when it had already gone
     */
    public RecordCounts forget(String user) {
        requirePerson(user);
        return database.transaction("Cannot delete what is kept", connection -> {
            RecordCounts deleted = delete(connection, OF_PERSON, user);
            // Course notes belong to their server and stay; who wrote each version is forgotten.
            try (PreparedStatement forget = connection.prepareStatement(
                    "UPDATE course_note SET changed_by = '', changed_by_name = ? WHERE changed_by = ?")) {
                forget.setString(1, FORGOTTEN_NAME);
                forget.setString(2, user);
                forget.executeUpdate();
            }
            return deleted;
        });
    }

    /** Deletes, for everyone, what was written before {@code cutoff}; returns how much went. */
    public RecordCounts purgeBefore(Instant cutoff) {
        return database.transaction(
                "Cannot delete old records",
                connection -> delete(connection, OLDER_THAN, StoredValues.timestamp(cutoff)));
    }

    private static RecordCounts delete(Connection connection, Selection selection, String value) throws SQLException {
        delete(connection, selection.sessionLinks(), value);
        int conversations = delete(connection, selection.threads(), value);
        int votes = delete(connection, selection.votes(), value);
        int quizAnswers = delete(connection, selection.quizAnswers(), value);
        int reports = delete(connection, selection.reports(), value);
        int questions = delete(connection, selection.questions(), value);
        return new RecordCounts(questions, votes, quizAnswers, conversations, reports);
    }

    private static int delete(Connection connection, String fromWhere, String value) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + fromWhere)) {
            delete.setString(1, value);
            return delete.executeUpdate();
        }
    }

    /** Console questions of an unknown user have an empty asker: nobody may delete them all at once. */
    private static void requirePerson(String user) {
        if (user.isBlank()) {
            throw new IllegalArgumentException("A person's data is looked up by a non-empty id");
        }
    }
}
