package dev.backchannel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Problems people report with answers: kept once per person and answer, listed for the educators
 * of the server the answer was given in (and for the operator, everywhere) until one of them marks
 * it resolved.
 */
public final class AnswerReports {

    /** The most a reporter may write, as the report form tells them. */
    public static final int MAX_DETAILS = 500;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private final Database database;

    public AnswerReports(Database database) {
        this.database = database;
    }

    /**
     * Keeps a report; what the reporter wrote is cut to {@link #MAX_DETAILS} characters.
     *
     * @return false when this person had already reported this answer, whose report stays as it was
     */
    public boolean report(String answerRef, String reporter, ProblemReason reason, String details) {
        if (reporter.isBlank()) {
            throw new IllegalArgumentException("A report is kept under the id of who made it");
        }
        String sql = "INSERT INTO answer_report (answer_ref, reporter, reason, details, reported_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (answer_ref, reporter) DO NOTHING";
        return database.with("Cannot record the report", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, answerRef);
                insert.setString(2, reporter);
                insert.setString(3, reason.code());
                insert.setString(4, cleaned(details));
                insert.setString(5, StoredValues.timestamp(database.now()));
                return insert.executeUpdate() == 1;
            }
        });
    }

    private static String cleaned(String details) {
        String text = CONTROL.matcher(details).replaceAll("").strip();
        return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS);
    }

    /** The reports in {@code scope} nobody has resolved yet, oldest first, however old. */
    public List<ReportedAnswer> open(ReportScope scope) {
        // As in the other reports, a private question's text and answer are not even read.
        String sql = "SELECT r.id, r.reported_at,"
                + " CASE WHEN q.asked_privately = 1 THEN '' ELSE q.question END,"
                + " CASE WHEN q.asked_privately = 1 THEN '' ELSE q.answer END,"
                + " r.reason, r.details, q.asked_privately"
                + " FROM answer_report r JOIN question q ON q.answer_ref = r.answer_ref"
                + " WHERE r.resolved_at IS NULL"
                + inServer(scope, "r.answer_ref")
                + " ORDER BY r.id";
        return database.with("Cannot read the reported answers", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (scope.guildId().isPresent()) {
                    select.setString(1, scope.guildId().get());
                }
                List<ReportedAnswer> reports = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reports.add(new ReportedAnswer(
                                rows.getLong(1),
                                Instant.parse(rows.getString(2)),
                                rows.getString(3),
                                rows.getString(4),
                                ProblemReason.fromCode(rows.getString(5)).orElse(ProblemReason.OTHER),
                                rows.getString(6),
                                rows.getInt(7) == 1));
                    }
                }
                return reports;
            }
        });
    }

    /**
     * Marks report {@code id} resolved, if it is open and in {@code scope}: an educator resolves
     * only what was reported in their own server.
     *
     * @return whether it was open there and is resolved now
     */
    public boolean resolve(long id, ReportScope scope) {
        String sql = "UPDATE answer_report SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"
                + inServer(scope, "answer_ref");
        return database.with("Cannot resolve the report", connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, StoredValues.timestamp(database.now()));
                update.setLong(2, id);
                if (scope.guildId().isPresent()) {
                    update.setString(3, scope.guildId().get());
                }
                return update.executeUpdate() == 1;
            }
        });
    }

    /** The condition that keeps a server's scope to the answers given in that server. */
    private static String inServer(ReportScope scope, String answerRefColumn) {
        return scope.guildId().isPresent()
                ? " AND " + answerRefColumn + " IN (SELECT answer_ref FROM question WHERE guild_id = ?)"
                : "";
    }
}
