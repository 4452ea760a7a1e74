package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.FixtureApp;
import dev.backchannel.answer.Answer;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizGenerator;
import dev.backchannel.quiz.QuizRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What is kept about people, on either database (subclasses say which): it ends after the
 * retention, and a person can see it and have it deleted.
 */
abstract class PersonalDataContract {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    private static final Instant LAST_YEAR = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant NOW = LAST_YEAR.plus(Duration.ofDays(400));

    /** The database under test; each call within one test returns the same one. */
    abstract String url();

    private Database open(Instant at) {
        return Database.open(url(), Clock.fixed(at, ZoneOffset.UTC));
    }

    /**
     * Records, at {@code at}, what a person leaves behind: a question (in a session, continued in a
     * thread), a vote, a quiz answer and a report of a problem with someone's answer.
     */
    private void activity(Instant at, String person, String tag) {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        try (Database database = open(at)) {
            QuestionLog questions = new QuestionLog(database);
            long id = questions.recordQuestion(
                    answer, QuestionOrigin.discord("100", "channel-" + tag, person, false), "answer-" + tag);
            Sessions sessions = new Sessions(database);
            sessions.addToSession(
                    sessions.startSession("session-" + tag, "channel-" + tag, "Week", "teacher")
                            .id(),
                    id);
            new AnswerThreads(database).openThread("thread-" + tag, "answer-" + tag);
            questions.recordFeedback("answer-voted-" + tag, person, true);
            new AnswerReports(database)
                    .report("answer-reported-" + tag, person, ProblemReason.WRONG_FACT, "The year is wrong");
            Quizzes quizzes = new Quizzes(database);
            Quiz quiz = QuizGenerator.shipped(fixture.get()::knowledge)
                    .generate(QuizRequest.of("quiz-" + tag, Language.EN, 1), new Random(1))
                    .quiz();
            quizzes.saveQuiz(quiz, "channel-" + tag);
            quizzes.recordQuizAnswer(quiz, 0, person, (quiz.questions().get(0).correct() + 1) % 3);
        }
    }

    @Test
    @DisplayName("the purge deletes questions, votes, quiz answers, threads and reports older than the retention "
            + "and keeps newer ones")
    void purgeOlderThanRetention() {
        activity(LAST_YEAR, "ana", "old");
        activity(NOW.minus(Duration.ofDays(2)), "ana", "new");

        try (Database database = open(NOW)) {
            RecordCounts deleted =
                    new Retention(new PersonalData(database), 365, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(deleted).isEqualTo(new RecordCounts(1, 1, 1, 1, 1));
            QuestionLog questions = new QuestionLog(database);
            assertThat(questions.answer("answer-old")).isEmpty();
            assertThat(questions.answer("answer-new")).isPresent();
            assertThat(new AnswerThreads(database).conversation("thread-old")).isEmpty();
            assertThat(new AnswerThreads(database).conversation("thread-new")).isPresent();
            assertThat(new Quizzes(database).scores("quiz-old")).isEmpty();
            assertThat(new Quizzes(database).scores("quiz-new")).hasSize(1);
            assertThat(new Sessions(database).transcript("session-old")).isEmpty();
            KeptData kept = new PersonalData(database).kept("ana");
            assertThat(kept.counts()).isEqualTo(new RecordCounts(1, 1, 1, 1, 1));
            assertThat(kept.oldest()).contains(NOW.minus(Duration.ofDays(2)));
        }
    }

    @Test
    @DisplayName("with a retention of 0 the purge keeps everything")
    void zeroKeepsForever() {
        activity(LAST_YEAR.minus(Duration.ofDays(3650)), "ana", "ancient");

        try (Database database = open(NOW)) {
            RecordCounts deleted =
                    new Retention(new PersonalData(database), 0, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(deleted.isEmpty()).isTrue();
            assertThat(new QuestionLog(database).answer("answer-ancient")).isPresent();
            assertThat(new PersonalData(database).kept("ana").counts()).isEqualTo(new RecordCounts(1, 1, 1, 1, 1));
        }
    }

    @Test
    @DisplayName(
            "forgetting a person deletes their questions, votes, quiz answers, threads and reports, and their name "
                    + "on course notes, not "
                    + "another's; a second time finds nothing")
    void forgetOnePerson() {
        activity(LAST_YEAR, "ana", "ana-1");
        activity(NOW, "ana", "ana-2");
        activity(NOW, "bao", "bao-1");

        try (Database database = open(NOW)) {
            PersonalData data = new PersonalData(database);
            assertThat(data.kept("ana"))
                    .isEqualTo(new KeptData(new RecordCounts(2, 2, 2, 2, 2), Optional.of(LAST_YEAR)));

            new CourseNoteStore(database).put("100", "harbor-talks", "en", "Harbor talks", "---", "ana", "Ana");
            assertThat(data.forget("ana")).isEqualTo(new RecordCounts(2, 2, 2, 2, 2));
            assertThat(new CourseNoteStore(database).current("100"))
                    .singleElement()
                    .satisfies(note -> {
                        assertThat(note.addedBy()).isEmpty();
                        assertThat(note.addedByName()).isEqualTo(PersonalData.FORGOTTEN_NAME);
                    });
            assertThat(data.forget("ana")).isEqualTo(RecordCounts.NONE);

            assertThat(data.kept("ana")).isEqualTo(new KeptData(RecordCounts.NONE, Optional.empty()));
            assertThat(data.kept("bao").counts()).isEqualTo(new RecordCounts(1, 1, 1, 1, 1));
            assertThat(new QuestionLog(database).answer("answer-ana-2")).isEmpty();
            assertThat(new QuestionLog(database).answer("answer-bao-1")).isPresent();
            assertThat(new AnswerThreads(database).conversation("thread-ana-2")).isEmpty();
            assertThat(new AnswerThreads(database).conversation("thread-bao-1")).isPresent();
            assertThat(new Quizzes(database).scores("quiz-ana-2")).isEmpty();
            assertThat(new Quizzes(database).scores("quiz-bao-1"))
                    .extracting(Quizzes.Score::player)
                    .containsExactly("bao");
        }
    }
}
