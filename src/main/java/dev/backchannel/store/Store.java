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
            + " fallback_reason, answer_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot record the question: " + e.getMessage(), e);
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

  /** Questions asked since {@code since}, oldest first. */
  public synchronized List<RecordedQuestion> questionsSince(Instant since) {
    String sql = "SELECT id, asked_at, source, question, language, mode, abstained, cited_topics, answer FROM question WHERE asked_at >= ? ORDER BY id";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, since.toString());
      List<RecordedQuestion> questions = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String cited = rows.getString(8);
          questions.add(
              new RecordedQuestion(
                  rows.getLong(1), Instant.parse(rows.getString(2)), rows.getString(3), rows.getString(4), rows.getString(5),
                  rows.getString(6), rows.getInt(7) == 1, cited.isEmpty() ? List.of() : Arrays.asList(cited.split(",")), rows.getString(9)));
        }
      }
      return questions;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the questions: " + e.getMessage(), e);
    }
  }

  /** The questions whose answers got more thumbs down than up since {@code since}. */
  public synchronized List<RecordedQuestion> downVotedSince(Instant since) {
    String sql =
        "SELECT q.id FROM question q JOIN feedback f ON f.answer_ref = q.answer_ref WHERE q.asked_at >= ?"
            + " GROUP BY q.id HAVING SUM(CASE WHEN f.helpful = 0 THEN 1 ELSE -1 END) > 0";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, since.toString());
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return questionsSince(since).stream().filter(q -> ids.contains(q.id())).toList();
    } catch (SQLException e) {
      throw new StoreException("Cannot read the feedback: " + e.getMessage(), e);
    }
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

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close the database: " + e.getMessage(), e);
    }
  }
}
