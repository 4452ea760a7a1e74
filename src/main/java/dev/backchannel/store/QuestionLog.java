package dev.backchannel.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.backchannel.answer.Answer;
import dev.backchannel.knowledge.Language;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions asked, console and Discord, with their answers and the votes on them; and what
 * the reports read from them.
 */
public final class QuestionLog {

    /** How much of a cited passage is kept for the Sources button. */
    private static final int EXCERPT_CHARS = 900;

    /** A private question's text and answer are not even read for a report: it only counts. */
    private static final String QUESTION_COLUMNS = "q.id, q.asked_at, q.source,"
            + " CASE WHEN q.asked_privately = 1 THEN '' ELSE q.question END, q.language, q.mode, q.abstained,"
            + " q.cited_topics, CASE WHEN q.asked_privately = 1 THEN '' ELSE q.answer END, q.asked_privately";

    private final Database database;

    public QuestionLog(Database database) {
        this.database = database;
    }

    /**
     * Records a question and its answer.
     *
     * @param answerRef the reference buttons use for this answer, or null
     * @return the question's id, or -1 when this answer reference was already recorded
     */
    public long recordQuestion(Answer answer, QuestionOrigin origin, String answerRef) {
        String sql = "INSERT INTO question (asked_at, source, place, asker, question, "
                + "language, mode, abstained, cited_topics, answer, total_ms,"
                + " fallback_reason, answer_ref, citations, guild_id, asked_privately)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                // An interaction Discord delivers twice is one question.
                + " ON CONFLICT (answer_ref) DO NOTHING RETURNING id";
        return database.with("Cannot record the question", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, StoredValues.timestamp(database.now()));
                insert.setString(2, origin.source());
                insert.setString(3, origin.place());
                insert.setString(4, origin.asker());
                insert.setString(5, answer.question());
                insert.setString(6, answer.language().code());
                insert.setString(7, answer.mode().code());
                insert.setInt(8, answer.abstained() ? 1 : 0);
                insert.setString(9, String.join(",", answer.citedTopicIds()));
                insert.setString(10, answer.text());
                insert.setDouble(11, answer.timings().totalMs());
                insert.setString(12, answer.fallbackReason());
                insert.setString(13, answerRef);
                insert.setString(14, citations(answer));
                insert.setString(15, origin.guildId());
                insert.setInt(16, origin.privately() ? 1 : 0);
                try (ResultSet keys = insert.executeQuery()) {
                    return keys.next() ? keys.getLong(1) : -1L;
                }
            }
        });
    }

    private static String citations(Answer answer) throws JsonProcessingException {
        List<CitedSource> sources = answer.citations().stream()
                .map(c -> new CitedSource(
                        c.n(),
                        c.passage().title(),
                        c.passage().section(),
                        c.passage().firstUrl(),
                        shorten(c.passage().text(), EXCERPT_CHARS),
                        c.passage().notedBy()))
                .toList();
        return StoredValues.JSON.writeValueAsString(sources);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /** Records a vote; a second vote by the same person on the same answer replaces the first. */
    public void recordFeedback(String answerRef, String voter, boolean helpful) {
        String sql = "INSERT INTO feedback (answer_ref, voter, helpful, voted_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (answer_ref, voter) DO UPDATE SET helpful = "
                + "excluded.helpful, voted_at = excluded.voted_at";
        database.with("Cannot record the feedback", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, answerRef);
                insert.setString(2, voter);
                insert.setInt(3, helpful ? 1 : 0);
                insert.setString(4, StoredValues.timestamp(database.now()));
                return insert.executeUpdate();
            }
        });
    }

    /** Questions asked in {@code scope} since {@code since}, oldest first. */
    public List<RecordedQuestion> questionsSince(Instant since, ReportScope scope) {
        return questions(
                "SELECT " + QUESTION_COLUMNS + " FROM question q WHERE " + where(scope) + " ORDER BY q.id",
                since,
                scope,
                "questions");
    }

    /** The questions asked in {@code scope} whose answers got more thumbs down than up since {@code since}. */
    public List<RecordedQuestion> downVotedSince(Instant since, ReportScope scope) {
        String sql = "SELECT " + QUESTION_COLUMNS
                + " FROM question q JOIN feedback f ON f.answer_ref = q.answer_ref WHERE " + where(scope)
                + " GROUP BY q.id HAVING SUM(CASE WHEN f.helpful = 0 THEN 1 ELSE -1 END) > 0 ORDER BY q.id";
        return questions(sql, since, scope, "feedback");
    }

    private static String where(ReportScope scope) {
        return scope.guildId().isPresent() ? "q.asked_at >= ? AND q.guild_id = ?" : "q.asked_at >= ?";
    }

    private List<RecordedQuestion> questions(String sql, Instant since, ReportScope scope, String what) {
        return database.with("Cannot read the " + what, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, StoredValues.timestamp(since));
                if (scope.guildId().isPresent()) {
                    select.setString(2, scope.guildId().get());
                }
                List<RecordedQuestion> questions = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        questions.add(new RecordedQuestion(
                                rows.getLong(1),
                                Instant.parse(rows.getString(2)),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getInt(7) == 1,
                                StoredValues.topics(rows.getString(8)),
                                rows.getString(9),
                                rows.getInt(10) == 1));
                    }
                }
                return questions;
            }
        });
    }

    /** An answer by the reference its buttons carry. */
    public Optional<StoredAnswer> answer(String answerRef) {
        String sql = "SELECT question, language, abstained, answer, cited_topics, "
                + "citations, asked_privately, place, asker FROM question WHERE answer_ref = ?";
        return database.with("Cannot read the answer", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, answerRef);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredAnswer(
                            answerRef,
                            row.getString(1),
                            Language.fromCode(row.getString(2)).orElse(Language.EN),
                            row.getInt(3) == 1,
                            row.getString(4),
                            StoredValues.topics(row.getString(5)),
                            StoredValues.sources(row.getString(6)),
                            row.getInt(7) == 1,
                            row.getString(8) == null ? "" : row.getString(8),
                            row.getString(9) == null ? "" : row.getString(9)));
                }
            }
        });
    }
}
