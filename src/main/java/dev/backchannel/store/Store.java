package dev.backchannel.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.Conversation;
import dev.backchannel.config.StoreConfig;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizQuestion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteErrorCode;

/**
 * The database behind the educator and fleet features: questions with their answers, feedback,
 * quizzes, sessions and the threads that continue answers. SQLite (one file, the default) or
 * PostgreSQL (shared by the processes of a fleet), through a connection pool; the schema is
 * versioned and migrated by Flyway at start. Each write is committed before the method returns,
 * so what the bot acknowledged survives a crash, and every write keyed by a Discord id is
 * idempotent, so an interaction delivered twice is recorded once.
 */
public final class Store implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<CitedSource>> SOURCES = new TypeReference<>() {};
  private static final TypeReference<List<QuizQuestion>> QUIZ_QUESTIONS = new TypeReference<>() {};

  /** Fixed-width timestamps, so that text order is time order in both databases. */
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

  /** How much of a cited passage is kept for the Sources button. */
  private static final int EXCERPT_CHARS = 900;

  /** How many earlier turns a continued conversation is rebuilt from. */
  private static final int CONVERSATION_TURNS = 3;

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final Clock clock;

  private Store(HikariDataSource pool, Dialect dialect, Clock clock) {
    this.pool = pool;
    this.dialect = dialect;
    this.clock = clock;
  }

  /** Opens a SQLite file or a PostgreSQL database with no credentials. */
  public static Store open(String jdbcUrl, Clock clock) {
    return open(StoreConfig.of(jdbcUrl), clock);
  }

  /** Opens (creating when needed) and migrates the database; a clear error when it cannot. */
  public static Store open(StoreConfig config, Clock clock) {
    String jdbcUrl = config.jdbcUrl();
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariDataSource pool = null;
    try {
      if (dialect == Dialect.SQLITE) {
        checkSqliteFile(jdbcUrl);
      }
      pool = pool(config, dialect);
      Flyway.configure().dataSource(pool).locations(dialect.migrations()).load().migrate();
      return new Store(pool, dialect, clock);
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
      // (and another process's) instead of failing at once; a real lock still fails.
      hikari.setMaximumPoolSize(Math.min(config.poolSize(), 4));
      hikari.setConnectionInitSql("PRAGMA busy_timeout = 5000");
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

  private static void checkSqliteFile(String jdbcUrl) throws IOException {
    Path file = Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    if (Files.isRegularFile(file) && Files.size(file) > 0 && !isSqlite(file)) {
      throw new StoreException("The database " + jdbcUrl + " is not a valid SQLite file (corrupt?); move it away to start a new one.", null);
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
        if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED) {
          return "The database " + shown + " is locked by another process; stop it or wait, then try again.";
        }
        if (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
          return "The database " + shown + " is not a valid SQLite file (corrupt?); move it away to start a new one.";
        }
      }
      if (cause instanceof SQLException sql && cause.getMessage() != null) {
        message = sql.getMessage();
      }
    }
    return "Cannot use the database " + shown + ": " + JdbcUrls.redact(message.lines().findFirst().orElse(message));
  }

  /** The pool, for what shares the database: Bucket4j's buckets, server settings, metrics. */
  public DataSource dataSource() {
    return pool;
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

  public HikariDataSource pool() {
    return pool;
  }

  public Dialect dialect() {
    return dialect;
  }

  private String now() {
    return TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.MICROS));
  }

  private static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MICROS));
  }

  /** A unit of work on one pooled connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException, JsonProcessingException;
  }

  private <T> T with(String failure, Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(failure + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records a question and its answer.
   *
   * @param source {@code console} or {@code discord}
   * @param answerRef the reference buttons use for this answer, or null
   * @return the question's id, or -1 when this answer reference was already recorded
   */
  public long recordQuestion(Answer answer, String source, String place, String asker, String answerRef) {
    String sql =
        "INSERT INTO question (asked_at, source, place, asker, question, language, mode, abstained, cited_topics, answer, total_ms,"
            + " fallback_reason, answer_ref, citations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // An interaction Discord delivers twice is one question.
            + " ON CONFLICT (answer_ref) DO NOTHING RETURNING id";
    return with(
        "Cannot record the question",
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, now());
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
            try (ResultSet keys = insert.executeQuery()) {
              return keys.next() ? keys.getLong(1) : -1L;
            }
          }
        });
  }

  private static String citations(Answer answer) throws JsonProcessingException {
    List<CitedSource> sources =
        answer.citations().stream()
            .map(
                c ->
                    new CitedSource(
                        c.n(), c.passage().title(), c.passage().section(), c.passage().firstUrl(), shorten(c.passage().text(), EXCERPT_CHARS)))
            .toList();
    return JSON.writeValueAsString(sources);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }

  /** Records a vote; a second vote by the same person on the same answer replaces the first. */
  public void recordFeedback(String answerRef, String voter, boolean helpful) {
    String sql =
        "INSERT INTO feedback (answer_ref, voter, helpful, voted_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (answer_ref, voter) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at";
    with(
        "Cannot record the feedback",
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, answerRef);
            insert.setString(2, voter);
            insert.setInt(3, helpful ? 1 : 0);
            insert.setString(4, now());
            return insert.executeUpdate();
          }
        });
  }

  private static final String QUESTION_COLUMNS = "q.id, q.asked_at, q.source, q.question, q.language, q.mode, q.abstained, q.cited_topics, q.answer";

  /** Questions asked since {@code since}, oldest first. */
  public List<RecordedQuestion> questionsSince(Instant since) {
    return questions("SELECT " + QUESTION_COLUMNS + " FROM question q WHERE q.asked_at >= ? ORDER BY q.id", since, "questions");
  }

  /** The questions whose answers got more thumbs down than up since {@code since}. */
  public List<RecordedQuestion> downVotedSince(Instant since) {
    String sql =
        "SELECT " + QUESTION_COLUMNS + " FROM question q JOIN feedback f ON f.answer_ref = q.answer_ref WHERE q.asked_at >= ?"
            + " GROUP BY q.id HAVING SUM(CASE WHEN f.helpful = 0 THEN 1 ELSE -1 END) > 0 ORDER BY q.id";
    return questions(sql, since, "feedback");
  }

  private List<RecordedQuestion> questions(String sql, Instant since, String what) {
    return with(
        "Cannot read the " + what,
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, timestamp(since));
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
          }
        });
  }

  /** The cited topic ids, stored comma-separated. */
  private static List<String> topics(String stored) {
    return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
  }

  /** An answer by the reference its buttons carry. */
  public Optional<StoredAnswer> answer(String answerRef) {
    String sql = "SELECT question, language, abstained, answer, cited_topics, citations FROM question WHERE answer_ref = ?";
    return with(
        "Cannot read the answer",
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, answerRef);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredAnswer(
                      answerRef, row.getString(1), Language.fromCode(row.getString(2)).orElse(Language.EN), row.getInt(3) == 1, row.getString(4),
                      topics(row.getString(5)), JSON.readValue(row.getString(6), SOURCES)));
            }
          }
        });
  }

  /** Marks a thread as continuing the conversation of an answer; opening it twice changes nothing. */
  public void openThread(String threadId, String answerRef) {
    with(
        "Cannot record the thread",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement("INSERT INTO conversation_thread (thread_id, answer_ref, opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, threadId);
            insert.setString(2, answerRef);
            insert.setString(3, now());
            return insert.executeUpdate();
          }
        });
  }

  /**
   * The conversation a thread continues: the answer it was opened on and the questions answered
   * in it since, oldest first; empty when the bot did not open the thread.
   */
  public Optional<List<Conversation.Turn>> conversation(String threadId) {
    String sql =
        "SELECT q.question, q.answer, q.cited_topics, q.citations FROM question q WHERE q.abstained = 0 AND"
            + " (q.answer_ref = (SELECT answer_ref FROM conversation_thread WHERE thread_id = ?) OR q.place = ?) ORDER BY q.id DESC LIMIT ?";
    return with(
        "Cannot read the conversation",
        connection -> {
          try (PreparedStatement opened = connection.prepareStatement("SELECT 1 FROM conversation_thread WHERE thread_id = ?")) {
            opened.setString(1, threadId);
            try (ResultSet row = opened.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
            }
          }
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, threadId);
            select.setString(2, threadId);
            select.setInt(3, CONVERSATION_TURNS);
            List<Conversation.Turn> turns = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                List<CitedSource> sources = JSON.readValue(rows.getString(4), SOURCES);
                String firstTitle = sources.isEmpty() ? "" : sources.get(0).title();
                turns.add(new Conversation.Turn(rows.getString(1), rows.getString(2), topics(rows.getString(3)), firstTitle));
              }
            }
            Collections.reverse(turns);
            return Optional.of(List.copyOf(turns));
          }
        });
  }

  /** A player's tally in a quiz. */
  public record Score(String player, int correct, int answered) {}

  /** Keeps a quiz so its buttons work after a restart, in any process. */
  public void saveQuiz(Quiz quiz, String place) {
    with(
        "Cannot save the quiz",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement("INSERT INTO quiz (id, created_at, place, language, questions) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, quiz.id());
            insert.setString(2, now());
            insert.setString(3, place);
            insert.setString(4, quiz.language().code());
            insert.setString(5, JSON.writeValueAsString(quiz.questions()));
            return insert.executeUpdate();
          }
        });
  }

  public Optional<Quiz> quiz(String id) {
    return with(
        "Cannot read the quiz",
        connection -> {
          try (PreparedStatement select = connection.prepareStatement("SELECT language, questions FROM quiz WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.empty();
              }
              return Optional.of(new Quiz(id, Language.fromCode(row.getString(1)).orElseThrow(), JSON.readValue(row.getString(2), QUIZ_QUESTIONS)));
            }
          }
        });
  }

  /**
   * Records a player's answer to a quiz question.
   *
   * @return false when that player had already answered it: the first answer stands
   */
  public boolean recordQuizAnswer(String quizId, int question, String player, int choice, boolean correct) {
    String sql = "INSERT INTO quiz_answer (quiz_id, question_no, player, choice, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    return with(
        "Cannot record the quiz answer",
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, quizId);
            insert.setInt(2, question);
            insert.setString(3, player);
            insert.setInt(4, choice);
            insert.setInt(5, correct ? 1 : 0);
            insert.setString(6, now());
            return insert.executeUpdate() == 1;
          }
        });
  }

  /** The board of one quiz: players by correct answers. */
  public List<Score> scores(String quizId) {
    String sql = "SELECT player, SUM(correct), COUNT(*) FROM quiz_answer WHERE quiz_id = ? GROUP BY player ORDER BY SUM(correct) DESC, player";
    return with(
        "Cannot read the scores",
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, quizId);
            List<Score> scores = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                scores.add(new Score(rows.getString(1), rows.getInt(2), rows.getInt(3)));
              }
            }
            return scores;
          }
        });
  }

  /** The most recent quiz run in a place (a channel), if any. */
  public Optional<String> latestQuiz(String place) {
    String sql = "SELECT id FROM quiz WHERE place = ? ORDER BY created_at DESC, " + dialect.insertionOrder() + " DESC LIMIT 1";
    return with(
        "Cannot read the quizzes",
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, place);
            try (ResultSet row = select.executeQuery()) {
              return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** Starts a session in a place; a session already running there is returned instead. */
  public QaSession startSession(String id, String place, String title, String startedBy) {
    with(
        "Cannot start the session",
        connection -> {
          // The unique index on running sessions makes a second start, from any process, a no-op.
          try (PreparedStatement insert =
              connection.prepareStatement("INSERT INTO qa_session (id, place, title, started_by, started_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, id);
            insert.setString(2, place);
            insert.setString(3, title);
            insert.setString(4, startedBy);
            insert.setString(5, now());
            return insert.executeUpdate();
          }
        });
    return activeSession(place).orElseThrow(() -> new StoreException("Cannot start the session: it ended at once", null));
  }

  private static final String SESSION_COLUMNS = "SELECT id, place, title, started_by, started_at, ended_at FROM qa_session";

  public Optional<QaSession> activeSession(String place) {
    return session(SESSION_COLUMNS + " WHERE place = ? AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1", place);
  }

  /** The running or, failing that, the most recent session of a place. */
  public Optional<QaSession> latestSession(String place) {
    return session(SESSION_COLUMNS + " WHERE place = ? ORDER BY started_at DESC, " + dialect.insertionOrder() + " DESC LIMIT 1", place);
  }

  private Optional<QaSession> session(String sql, String place) {
    return with(
        "Cannot read the sessions",
        connection -> {
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
          }
        });
  }

  /**
   * Adds a recorded question to a session and returns its number there (1, 2, ...); a question
   * added twice keeps its first number.
   */
  public int addToSession(String sessionId, long questionId) {
    String sql =
        "INSERT INTO session_question (session_id, number, question_id) SELECT ?, COALESCE(MAX(number), 0) + 1, ? FROM session_question WHERE session_id = ?"
            + " ON CONFLICT (question_id) DO NOTHING RETURNING number";
    return with(
        "Cannot add the question to the session",
        connection -> {
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
    try (PreparedStatement select = connection.prepareStatement("SELECT number FROM session_question WHERE question_id = ?")) {
      select.setLong(1, questionId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState())
        || (e instanceof org.sqlite.SQLiteException sqlite
            && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE));
  }

  public void endSession(String sessionId) {
    with(
        "Cannot end the session",
        connection -> {
          try (PreparedStatement update = connection.prepareStatement("UPDATE qa_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL")) {
            update.setString(1, now());
            update.setString(2, sessionId);
            return update.executeUpdate();
          }
        });
  }

  /** Every question of a session in order, with answers and sources. */
  public List<SessionEntry> transcript(String sessionId) {
    String sql =
        "SELECT s.number, q.asker, q.question, q.answer, q.abstained, q.cited_topics, q.citations FROM session_question s"
            + " JOIN question q ON q.id = s.question_id WHERE s.session_id = ? ORDER BY s.number";
    return with(
        "Cannot read the session",
        connection -> {
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, sessionId);
            List<SessionEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                entries.add(
                    new SessionEntry(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5) == 1,
                        topics(rows.getString(6)), JSON.readValue(rows.getString(7), SOURCES)));
              }
            }
            return entries;
          }
        });
  }

  @Override
  public void close() {
    pool.close();
  }
}
