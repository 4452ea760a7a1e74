package dev.backchannel.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizFormat;
import dev.backchannel.quiz.QuizProgress;
import dev.backchannel.quiz.QuizQuestion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quizzes and their players' answers, kept so a quiz's buttons work after a restart, in any process,
 * and so that a player sees their progress across quizzes.
 */
public final class Quizzes {

    private static final TypeReference<List<QuizQuestion>> QUIZ_QUESTIONS = new TypeReference<>() {};

    /** A player's tally in a quiz. */
    public record Score(String player, int correct, int answered) {}

    private final Database database;

    public Quizzes(Database database) {
        this.database = database;
    }

    /** Keeps a quiz so its buttons work after a restart, in any process. */
    public void saveQuiz(Quiz quiz, String place) {
        database.with("Cannot save the quiz", connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO quiz (id, created_at, place, language, questions) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, quiz.id());
                insert.setString(2, StoredValues.timestamp(database.now()));
                insert.setString(3, place);
                insert.setString(4, quiz.language().code());
                insert.setString(5, StoredValues.JSON.writeValueAsString(quiz.questions()));
                return insert.executeUpdate();
            }
        });
    }

    public Optional<Quiz> quiz(String id) {
        return database.with("Cannot read the quiz", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT language, questions FROM quiz WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Quiz(
                            id,
                            Language.fromCode(row.getString(1)).orElseThrow(),
                            StoredValues.JSON.readValue(row.getString(2), QUIZ_QUESTIONS)));
                }
            }
        });
    }

    /**
     * Records a player's answer to a quiz question, with the question's format and topic for their
     * progress.
     *
     * @return false when that player had already answered it: the first answer stands
     */
    public boolean recordQuizAnswer(Quiz quiz, int question, String player, int choice) {
        QuizQuestion asked = quiz.questions().get(question);
        String sql = "INSERT INTO quiz_answer (quiz_id, question_no, player, choice, correct, answered_at, format, "
                + "topic_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        return database.with("Cannot record the quiz answer", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, quiz.id());
                insert.setInt(2, question);
                insert.setString(3, player);
                insert.setInt(4, choice);
                insert.setInt(5, choice == asked.correct() ? 1 : 0);
                insert.setString(6, StoredValues.timestamp(database.now()));
                insert.setString(7, asked.format().code());
                insert.setString(8, asked.topicId());
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** A player's answers in every quiz, and the topics they missed most, up to {@code missedTopics}. */
    public QuizProgress progress(String player, int missedTopics) {
        String byFormat = "SELECT format, COUNT(*), SUM(correct) FROM quiz_answer WHERE player = ? GROUP BY format";
        String missed = "SELECT topic_id, COUNT(*) FROM quiz_answer WHERE player = ? AND correct = 0 AND topic_id <> ''"
                + " GROUP BY topic_id ORDER BY COUNT(*) DESC, topic_id LIMIT ?";
        return database.with("Cannot read the quiz progress", connection -> {
            Map<QuizFormat, QuizProgress.Tally> formats = new EnumMap<>(QuizFormat.class);
            int answered = 0;
            int correct = 0;
            try (PreparedStatement select = connection.prepareStatement(byFormat)) {
                select.setString(1, player);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        QuizProgress.Tally tally = new QuizProgress.Tally(rows.getInt(2), rows.getInt(3));
                        answered += tally.answered();
                        correct += tally.correct();
                        QuizFormat.fromCode(rows.getString(1)).ifPresent(format -> formats.put(format, tally));
                    }
                }
            }
            List<QuizProgress.Missed> topics = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(missed)) {
                select.setString(1, player);
                select.setInt(2, missedTopics);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        topics.add(new QuizProgress.Missed(rows.getString(1), rows.getInt(2)));
                    }
                }
            }
            return new QuizProgress(answered, correct, formats, topics);
        });
    }

    /** The board of one quiz: players by correct answers. */
    public List<Score> scores(String quizId) {
        String sql = "SELECT player, SUM(correct), COUNT(*) FROM quiz_answer WHERE quiz_id = "
                + "? GROUP BY player ORDER BY SUM(correct) DESC, player";
        return database.with("Cannot read the scores", connection -> {
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
        String sql = "SELECT id FROM quiz WHERE place = ? ORDER BY created_at DESC, "
                + database.dialect().insertionOrder() + " DESC LIMIT 1";
        return database.with("Cannot read the quizzes", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, place);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
