package dev.backchannel.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backchannel.answer.Answer;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteErrorCode;

/**
 * The database behind the educator features: questions with their answers, and feedback. The
 * schema is versioned and migrated by Flyway at start. Each write is committed before the method
 * returns, so what the bot acknowledged survives a crash.
 */
public final class Store implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final Clock clock;

  private Store(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** Opens (creating when needed) and migrates the database; a clear error when it cannot. */
  public static Store open(String jdbcUrl, Clock clock) {
    try {
      if (jdbcUrl.startsWith("jdbc:sqlite:")) {
        Path file = Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        if (Files.isRegularFile(file) && Files.size(file) > 0 && !isSqlite(file)) {
          throw new StoreException("The database " + jdbcUrl + " is not a valid SQLite file (corrupt?); move it away to start a new one.", null);
        }
      }
      Flyway.configure().dataSource(jdbcUrl, null, null).locations("classpath:db/migration").load().migrate();
      Connection connection = DriverManager.getConnection(jdbcUrl);
      try (Statement statement = connection.createStatement()) {
        // Wait for another process's write instead of failing at once; a real lock still fails.
        statement.execute("PRAGMA busy_timeout = 5000");
      }
      return new Store(connection, clock);
    } catch (FlywayException | SQLException | java.io.IOException e) {
      throw new StoreException(explain(jdbcUrl, e), e);
    }
  }

  private static boolean isSqlite(Path file) throws java.io.IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(16), "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
  }

  private static String explain(String jdbcUrl, Exception e) {
    String message = String.valueOf(e.getMessage());
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.sqlite.SQLiteException sqlite) {
        if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED) {
          return "The database " + jdbcUrl + " is locked by another process; stop it or wait, then try again.";
        }
        if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
          return "The database " + jdbcUrl + " is not a valid SQLite file (corrupt?); move it away to start a new one.";
        }
      }
    }
    return "Cannot use the database " + jdbcUrl + ": " + message.lines().findFirst().orElse(message);
  }

  /**
   * Records a question and its answer.
   *
   * @param source {@code console} or {@code discord}
   * @param answerRef the reference buttons use for this answer, or null
   */
  public synchronized long recordQuestion(Answer answer, String source, String place, String asker, String answerRef) {
    String sql =
        "INSERT INTO question (asked_at, source, place, asker, question, language, mode, abstained, cited_topics, answer, total_ms,"
            + " fallback_reason, answer_ref, citations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // An interaction Discord delivers twice is one question.
            + " ON CONFLICT (answer_ref) DO NOTHING";
    try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, clock.instant().toString());
      insert.setString(2, source);
      insert.setString(3, place);
      insert.setString(4, asker);
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
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot record the question: " + e.getMessage(), e);
    }
  }

  private static String citations(Answer answer) throws SQLException {
    List<SessionEntry.Source> sources =
        answer.citations().stream()
            .map(c -> new SessionEntry.Source(c.n(), c.passage().title(), c.passage().section(), c.passage().firstUrl()))
            .toList();
    try {
      return JSON.writeValueAsString(sources);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("cannot write citations", e);
    }
  }

  /** Records a vote; a second vote by the same person on the same answer replaces the first. */
  public synchronized void recordFeedback(String answerRef, String voter, boolean helpful) {
    String sql =
        "INSERT INTO feedback (answer_ref, voter, helpful, voted_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (answer_ref, voter) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, answerRef);
      insert.setString(2, voter);
      insert.setInt(3, helpful ? 1 : 0);
      insert.setString(4, clock.instant().toString());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("Cannot record the feedback: " + e.getMessage(), e);
    }
  }

  private static final String QUESTION_COLUMNS = "q.id, q.asked_at, q.source, q.question, q.language, q.mode, q.abstained, q.cited_topics, q.answer";

  /** Questions asked since {@code since}, oldest first. */
  public synchronized List<RecordedQuestion> questionsSince(Instant since) {
    return questions("SELECT " + QUESTION_COLUMNS + " FROM question q WHERE q.asked_at >= ? ORDER BY q.id", since, "questions");
  }

  /** The questions whose answers got more thumbs down than up since {@code since}. */
  public synchronized List<RecordedQuestion> downVotedSince(Instant since) {
    String sql =
        "SELECT " + QUESTION_COLUMNS + " FROM question q JOIN feedback f ON f.answer_ref = q.answer_ref WHERE q.asked_at >= ?"
            + " GROUP BY q.id HAVING SUM(CASE WHEN f.helpful = 0 THEN 1 ELSE -1 END) > 0 ORDER BY q.id";
    return questions(sql, since, "feedback");
  }

  private List<RecordedQuestion> questions(String sql, Instant since, String what) {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, since.toString());
      List<RecordedQuestion> questions = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          questions.add(
              new RecordedQuestion(
                  rows.getLong(1), Instant.parse(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getString(5),
                  rows.getString(6), rows.getInt(7) == 1, topics(rows.getString(8)), rows.getString(9)));
        }
      }
      return questions;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the " + what + ": " + e.getMessage(), e);
    }
  }

  /** The cited topic ids, stored comma-separated. */
  private static List<String> topics(String stored) {
    return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
  }

  /** A player's tally in a quiz. */
  public record Score(String player, int correct, int answered) {}

  /** Keeps a quiz so its buttons work after a restart, in any process. */
  public synchronized void saveQuiz(Quiz quiz, String place) {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quiz (id, created_at, place, language, questions) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, quiz.id());
      insert.setString(2, clock.instant().toString());
      insert.setString(3, place);
      insert.setString(4, quiz.language().code());
      insert.setString(5, JSON.writeValueAsString(quiz.questions()));
      insert.executeUpdate();
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("Cannot save the quiz: " + e.getMessage(), e);
    }
  }

  public synchronized Optional<Quiz> quiz(String id) {
    try (PreparedStatement select = connection.prepareStatement("SELECT language, questions FROM quiz WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        List<QuizQuestion> questions = JSON.readValue(row.getString(2), new com.fasterxml.jackson.core.type.TypeReference<List<QuizQuestion>>() {});
        return Optional.of(new Quiz(id, Language.fromCode(row.getString(1)).orElseThrow(), questions));
      }
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("Cannot read the quiz: " + e.getMessage(), e);
    }
  }

  /**
   * Records a player's answer to a quiz question.
   *
   * @return false when that player had already answered it: the first answer stands
   */
  public synchronized boolean recordQuizAnswer(String quizId, int question, String player, int choice, boolean correct) {
    String sql = "INSERT INTO quiz_answer (quiz_id, question_no, player, choice, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, quizId);
      insert.setInt(2, question);
      insert.setString(3, player);
      insert.setInt(4, choice);
      insert.setInt(5, correct ? 1 : 0);
      insert.setString(6, clock.instant().toString());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("Cannot record the quiz answer: " + e.getMessage(), e);
    }
  }

  /** The board of one quiz: players by correct answers. */
  public synchronized List<Score> scores(String quizId) {
    String sql = "SELECT player, SUM(correct), COUNT(*) FROM quiz_answer WHERE quiz_id = ? GROUP BY player ORDER BY SUM(correct) DESC, player";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, quizId);
      List<Score> scores = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          scores.add(new Score(rows.getString(1), rows.getInt(2), rows.getInt(3)));
        }
      }
      return scores;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the scores: " + e.getMessage(), e);
    }
  }

  /** The most recent quiz run in a place (a channel), if any. */
  public synchronized Optional<String> latestQuiz(String place) {
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM quiz WHERE place = ? ORDER BY created_at DESC, rowid DESC LIMIT 1")) {
      select.setString(1, place);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the quizzes: " + e.getMessage(), e);
    }
  }

  /** Starts a session in a place; a session already running there is returned instead. */
  public synchronized QaSession startSession(String id, String place, String title, String startedBy) {
    Optional<QaSession> running = activeSession(place);
    if (running.isPresent()) {
      return running.get();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO qa_session (id, place, title, started_by, started_at) VALUES (?, ?, ?, ?, ?)")) {
      Instant now = clock.instant();
      insert.setString(1, id);
      insert.setString(2, place);
      insert.setString(3, title);
      insert.setString(4, startedBy);
      insert.setString(5, now.toString());
      insert.executeUpdate();
      return new QaSession(id, place, title, startedBy, now, Optional.empty());
    } catch (SQLException e) {
      throw new StoreException("Cannot start the session: " + e.getMessage(), e);
    }
  }

  public synchronized Optional<QaSession> activeSession(String place) {
    return session("SELECT id, place, title, started_by, started_at, ended_at FROM qa_session WHERE place = ? AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1", place);
  }

  /** The running or, failing that, the most recent session of a place. */
  public synchronized Optional<QaSession> latestSession(String place) {
    return session("SELECT id, place, title, started_by, started_at, ended_at FROM qa_session WHERE place = ? ORDER BY started_at DESC, rowid DESC LIMIT 1", place);
  }

  private Optional<QaSession> session(String sql, String place) {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, place);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String ended = row.getString(6);
        return Optional.of(
            new QaSession(row.getString(1), row.getString(2), row.getString(3), row.getString(4), Instant.parse(row.getString(5)),
                ended == null ? Optional.empty() : Optional.of(Instant.parse(ended))));
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the sessions: " + e.getMessage(), e);
    }
  }

  /** Adds a recorded question to a session and returns its number there (1, 2, ...). */
  public synchronized int addToSession(String sessionId, long questionId) {
    String sql = "INSERT INTO session_question (session_id, number, question_id) SELECT ?, COALESCE(MAX(number), 0) + 1, ? FROM session_question WHERE session_id = ? RETURNING number";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, sessionId);
      insert.setLong(2, questionId);
      insert.setString(3, sessionId);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot add the question to the session: " + e.getMessage(), e);
    }
  }

  public synchronized void endSession(String sessionId) {
    try (PreparedStatement update = connection.prepareStatement("UPDATE qa_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL")) {
      update.setString(1, clock.instant().toString());
      update.setString(2, sessionId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("Cannot end the session: " + e.getMessage(), e);
    }
  }

  /** Every question of a session in order, with answers and sources. */
  public synchronized List<SessionEntry> transcript(String sessionId) {
    String sql =
        "SELECT s.number, q.asker, q.question, q.answer, q.abstained, q.cited_topics, q.citations FROM session_question s"
            + " JOIN question q ON q.id = s.question_id WHERE s.session_id = ? ORDER BY s.number";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, sessionId);
      List<SessionEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          List<SessionEntry.Source> sources = JSON.readValue(rows.getString(7), new com.fasterxml.jackson.core.type.TypeReference<List<SessionEntry.Source>>() {});
          entries.add(
              new SessionEntry(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5) == 1,
                  topics(rows.getString(6)), sources));
        }
      }
      return entries;
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("Cannot read the session: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close the database: " + e.getMessage(), e);
    }
  }
}
