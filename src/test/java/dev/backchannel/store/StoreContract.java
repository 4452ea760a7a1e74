package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.FixtureApp;
import dev.backchannel.answer.Answer;
import dev.backchannel.knowledge.Language;
import dev.backchannel.quiz.Quiz;
import dev.backchannel.quiz.QuizFormat;
import dev.backchannel.quiz.QuizProgress;
import dev.backchannel.quiz.QuizQuestion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the repositories do on either database; subclasses say which one. */
abstract class StoreContract {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    /** The database under test; each call within one test returns the same one. */
    abstract String url();

    @Test
    @DisplayName("a recorded question and its feedback survive closing and reopening the database")
    void survivesRestart() {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            questions.recordQuestion(answer, QuestionOrigin.discord("100", "channel-1", "user-1", false), "answer-1");
            questions.recordFeedback("answer-1", "user-2", false);
        }

        try (Database reopened = Database.open(url(), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(reopened);
            assertThat(questions.questionsSince(Instant.EPOCH, ReportScope.everywhere()))
                    .singleElement()
                    .satisfies(q -> {
                        assertThat(q.question()).isEqualTo("What is Track II diplomacy?");
                        assertThat(q.source()).isEqualTo("discord");
                        assertThat(q.citedTopics()).contains("track-two");
                        assertThat(q.answer()).contains("[1]");
                    });
            assertThat(questions.downVotedSince(Instant.EPOCH, ReportScope.everywhere()))
                    .hasSize(1);
        }
    }

    @Test
    @DisplayName("a second vote by the same person replaces the first: a double click counts once")
    void voteOnce() {
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            questions.recordQuestion(
                    fixture.get().answers().ask("What is Track III diplomacy?"),
                    QuestionOrigin.discord("100", "", "u", false),
                    "a");
            questions.recordFeedback("a", "voter", false);
            questions.recordFeedback("a", "voter", false);
            questions.recordFeedback("a", "voter", true);

            assertThat(questions.downVotedSince(Instant.EPOCH, ReportScope.everywhere()))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("a quiz and its answers survive a restart; a second answer by the same player is refused")
    void quizSurvivesRestart() {
        dev.backchannel.quiz.Quiz quiz = dev.backchannel.quiz.QuizGenerator.shipped(fixture.get()::knowledge)
                .generate(
                        dev.backchannel.quiz.QuizRequest.of("quiz-1", dev.backchannel.knowledge.Language.EN, 2),
                        new java.util.Random(1))
                .quiz();
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            Quizzes quizzes = new Quizzes(database);
            quizzes.saveQuiz(quiz, "channel-1");
            assertThat(quizzes.recordQuizAnswer(
                            quiz, 0, "ana", quiz.questions().get(0).correct()))
                    .isTrue();
            assertThat(quizzes.recordQuizAnswer(quiz, 0, "ana", 2)).isFalse();
        }

        try (Database reopened = Database.open(url(), Clock.systemUTC())) {
            Quizzes quizzes = new Quizzes(reopened);
            assertThat(quizzes.quiz("quiz-1")).contains(quiz);
            assertThat(quizzes.latestQuiz("channel-1")).contains("quiz-1");
            assertThat(quizzes.scores("quiz-1")).containsExactly(new Quizzes.Score("ana", 1, 1));
        }
    }

    private static QuizQuestion asked(QuizFormat format, String topic) {
        return new QuizQuestion(
                format,
                topic,
                "Which ▁▁▁?",
                List.of("A", "B", "C"),
                0,
                "Because. [1]",
                "en:" + topic + "#x",
                "T — S",
                "");
    }

    @Test
    @DisplayName("a player's progress counts their answers in every quiz by format and lists the topics they missed "
            + "most, most first")
    void progressAcrossQuizzes() {
        Quiz first = new Quiz(
                "p-1",
                Language.EN,
                List.of(
                        asked(QuizFormat.TOPIC, "track-two"),
                        asked(QuizFormat.FACT, "oslo-backchannel"),
                        asked(QuizFormat.TERM, "mediation")));
        Quiz second = new Quiz(
                "p-2",
                Language.EN,
                List.of(asked(QuizFormat.FACT, "oslo-backchannel"), asked(QuizFormat.TOPIC, "track-three")));
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            Quizzes quizzes = new Quizzes(database);
            quizzes.saveQuiz(first, "channel-p");
            quizzes.saveQuiz(second, "channel-p");
            quizzes.recordQuizAnswer(first, 0, "ana", 0);
            quizzes.recordQuizAnswer(first, 1, "ana", 1);
            quizzes.recordQuizAnswer(first, 2, "ana", 2);
            quizzes.recordQuizAnswer(second, 0, "ana", 1);
            quizzes.recordQuizAnswer(second, 1, "ana", 0);
            quizzes.recordQuizAnswer(first, 0, "bo", 1);

            QuizProgress ana = quizzes.progress("ana", 5);

            assertThat(ana.answered()).isEqualTo(5);
            assertThat(ana.correct()).isEqualTo(2);
            assertThat(ana.byFormat())
                    .containsEntry(QuizFormat.TOPIC, new QuizProgress.Tally(2, 2))
                    .containsEntry(QuizFormat.FACT, new QuizProgress.Tally(2, 0))
                    .containsEntry(QuizFormat.TERM, new QuizProgress.Tally(1, 0))
                    .doesNotContainKey(QuizFormat.TRACK);
            assertThat(ana.missed())
                    .containsExactly(
                            new QuizProgress.Missed("oslo-backchannel", 2), new QuizProgress.Missed("mediation", 1));
            assertThat(quizzes.progress("ana", 1).missed())
                    .containsExactly(new QuizProgress.Missed("oslo-backchannel", 2));
            assertThat(quizzes.progress("bo", 5).missed()).containsExactly(new QuizProgress.Missed("track-two", 1));
            assertThat(quizzes.progress("cy", 5).answered()).isZero();
        }
    }

    @Test
    @DisplayName("a quiz kept before questions had formats reads back as asking which topic is described")
    void quizKeptBeforeFormats() {
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            database.with("insert", connection -> {
                try (var insert = connection.prepareStatement(
                        "INSERT INTO quiz (id, created_at, place, language, questions) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, "old-1");
                    insert.setString(2, "2024-01-01T00:00:00Z");
                    insert.setString(3, "channel-o");
                    insert.setString(4, "en");
                    insert.setString(
                            5,
                            "[{\"prompt\":\"Which topic does this describe? «▁▁▁ is unofficial.»\","
                                    + "\"options\":[\"Track II diplomacy\",\"Track III diplomacy\"],\"correct\":0,"
                                    + "\"explanation\":\"Track II is unofficial. [1]\",\"sourceTitle\":\"Track II — Definition\","
                                    + "\"sourceUrl\":\"\"}]");
                    return insert.executeUpdate();
                }
            });

            QuizQuestion kept = new Quizzes(database)
                    .quiz("old-1")
                    .orElseThrow()
                    .questions()
                    .get(0);

            assertThat(kept.format()).isEqualTo(QuizFormat.TOPIC);
            assertThat(kept.topicId()).isEmpty();
            assertThat(kept.answer()).isEqualTo("Track II diplomacy");
        }
    }

    @Test
    @DisplayName(
            "a session with questions survives a restart, and its export holds every question, answer and source URL")
    void sessionSurvivesRestart() {
        List<Answer> answers = List.of(
                fixture.get().answers().ask("What is Track II diplomacy?"),
                fixture.get().answers().ask("Where did the Oslo talks take place?"),
                fixture.get().answers().ask("Who won the 2022 World Cup?"));
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            Sessions sessions = new Sessions(database);
            QuestionLog questions = new QuestionLog(database);
            QaSession session = sessions.startSession("s1", "channel-9", "Week 3", "teacher");
            for (int i = 0; i < answers.size(); i++) {
                long id = questions.recordQuestion(
                        answers.get(i), QuestionOrigin.discord("100", "channel-9", "student-" + i, false), "m" + i);
                assertThat(sessions.addToSession(session.id(), id)).isEqualTo(i + 1);
            }
        }

        try (Database reopened = Database.open(url(), Clock.systemUTC())) {
            Sessions sessions = new Sessions(reopened);
            QaSession session = sessions.activeSession("channel-9").orElseThrow();
            sessions.endSession(session.id());
            SessionReport report = new SessionReport(
                    sessions.latestSession("channel-9").orElseThrow(), sessions.transcript(session.id()));

            assertThat(report.questions()).isEqualTo(3);
            assertThat(report.participants()).isEqualTo(3);
            assertThat(report.unanswered()).containsExactly("Who won the 2022 World Cup?");
            String markdown = report.markdown();
            for (Answer answer : answers) {
                assertThat(markdown).contains(answer.question()).contains(answer.text());
                answer.citations()
                        .forEach(c -> assertThat(markdown).contains(c.passage().firstUrl()));
            }
            assertThat(report.json())
                    .contains("\"number\":3")
                    .contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
            assertThat(sessions.activeSession("channel-9")).isEmpty();
        }
    }

    @Test
    @DisplayName("a server's report reads the questions and down-votes of that server only, a private "
            + "question without its text; the operator's reads every server and the console")
    void reportsStayInTheirServer() {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        Answer privately = fixture.get().answers().ask("What is Track III diplomacy?");
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            questions.recordQuestion(answer, QuestionOrigin.discord("guild-a", "channel-a", "ana", false), "ra");
            questions.recordQuestion(privately, QuestionOrigin.discord("guild-a", "thread-a", "ana", true), "pa");
            questions.recordQuestion(answer, QuestionOrigin.discord("guild-b", "channel-b", "bo", false), "rb");
            questions.recordQuestion(privately, QuestionOrigin.discord(null, "dm", "bo", true), "pd");
            questions.recordQuestion(answer, QuestionOrigin.console("operator"), null);
            for (String ref : List.of("ra", "pa", "rb", "pd")) {
                questions.recordFeedback(ref, "voter", false);
            }

            ReportScope serverA = ReportScope.server("guild-a");
            assertThat(questions.questionsSince(Instant.EPOCH, serverA))
                    .extracting(RecordedQuestion::question, RecordedQuestion::askedPrivately)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("What is Track II diplomacy?", false),
                            org.assertj.core.groups.Tuple.tuple("", true));
            assertThat(questions.downVotedSince(Instant.EPOCH, serverA))
                    .extracting(RecordedQuestion::answer)
                    .hasSize(2)
                    .doesNotContain(privately.text())
                    .contains("");
            assertThat(questions.questionsSince(Instant.EPOCH, ReportScope.everywhere()))
                    .hasSize(5);
            assertThat(questions.downVotedSince(Instant.EPOCH, ReportScope.server("guild-b")))
                    .singleElement()
                    .satisfies(q -> assertThat(q.question()).isEqualTo("What is Track II diplomacy?"));
        }
    }

    @Test
    @DisplayName("a problem with an answer is kept once per person and answer, listed for that answer's "
            + "server only, without a private question's text, and resolved there by number once")
    void reportedAnswers() {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        Answer privately = fixture.get().answers().ask("What is Track III diplomacy?");
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            questions.recordQuestion(answer, QuestionOrigin.discord("guild-a", "channel-a", "ana", false), "ra");
            questions.recordQuestion(privately, QuestionOrigin.discord("guild-a", "channel-a", "ana", true), "pa");
            questions.recordQuestion(answer, QuestionOrigin.discord("guild-b", "channel-b", "bo", false), "rb");
            AnswerReports reports = new AnswerReports(database);

            assertThat(reports.report("ra", "cam", ProblemReason.WRONG_FACT, "first"))
                    .isTrue();
            assertThat(reports.report("ra", "cam", ProblemReason.OTHER, "second"))
                    .isFalse();
            assertThat(reports.report("pa", "ana", ProblemReason.NOT_WHAT_WAS_ASKED, "x".repeat(900)))
                    .isTrue();
            assertThat(reports.report("rb", "cam", ProblemReason.WRONG_SOURCE, ""))
                    .isTrue();

            ReportScope serverA = ReportScope.server("guild-a");
            List<ReportedAnswer> open = reports.open(serverA);
            assertThat(open)
                    .extracting(ReportedAnswer::reason, ReportedAnswer::question)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    ProblemReason.WRONG_FACT, "What is Track II diplomacy?"),
                            org.assertj.core.groups.Tuple.tuple(ProblemReason.NOT_WHAT_WAS_ASKED, ""));
            assertThat(open.get(0).details()).isEqualTo("first");
            assertThat(open.get(1).details()).hasSize(AnswerReports.MAX_DETAILS);
            assertThat(open.get(1).answer()).isEmpty();
            assertThat(reports.open(ReportScope.everywhere())).hasSize(3);

            long inB = reports.open(ReportScope.server("guild-b")).get(0).id();
            assertThat(reports.resolve(inB, serverA)).isFalse();
            assertThat(reports.resolve(open.get(0).id(), serverA)).isTrue();
            assertThat(reports.resolve(open.get(0).id(), serverA)).isFalse();
            assertThat(reports.open(serverA))
                    .extracting(ReportedAnswer::id)
                    .containsExactly(open.get(1).id());
            assertThat(reports.resolve(inB, ReportScope.everywhere())).isTrue();
            assertThat(reports.open(ReportScope.server("guild-b"))).isEmpty();
        }
    }

    @Test
    @DisplayName("unanswered questions asking the same thing are grouped, most frequent first")
    void gapReport() {
        try (Database database = Database.open(url(), Clock.systemUTC())) {
            QuestionLog questions = new QuestionLog(database);
            for (String question : new String[] {
                "How do I bake sourdough bread quickly?",
                "how to bake sourdough bread fast",
                "Who won the 2022 World Cup?"
            }) {
                questions.recordQuestion(fixture.get().answers().ask(question), QuestionOrigin.console(""), null);
            }
            GapReport report = new GapReport(
                    Instant.EPOCH,
                    questions.questionsSince(Instant.EPOCH, ReportScope.everywhere()),
                    questions.downVotedSince(Instant.EPOCH, ReportScope.everywhere()),
                    List.of());

            assertThat(report.unanswered()).first().satisfies(g -> {
                assertThat(g.count()).isEqualTo(2);
                assertThat(g.example()).isEqualTo("How do I bake sourdough bread quickly?");
            });
            assertThat(report.markdown())
                    .contains("- Questions asked: 3")
                    .contains("2 × How do I bake sourdough bread quickly?");
        }
    }

    @Test
    @DisplayName("two processes writing at once lose nothing, and a doubled delivery is counted once")
    void concurrentWritersLoseNothing() throws Exception {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        dev.backchannel.quiz.Quiz quiz = dev.backchannel.quiz.QuizGenerator.shipped(fixture.get()::knowledge)
                .generate(
                        dev.backchannel.quiz.QuizRequest.of("quiz-c", dev.backchannel.knowledge.Language.EN, 3),
                        new java.util.Random(2))
                .quiz();
        try (Database first = Database.open(url(), Clock.systemUTC());
                Database second = Database.open(url(), Clock.systemUTC())) {
            new Quizzes(first).saveQuiz(quiz, "channel-c");
            QaSession session = new Sessions(first).startSession("sc", "channel-c", "Live", "teacher");
            List<Callable<Boolean>> work = new ArrayList<>();
            int wrong = (quiz.questions().get(1).correct() + 1) % 3;
            for (int player = 0; player < 20; player++) {
                for (Database database : List.of(first, second)) {
                    String name = "player-" + player;
                    String ref = "q-" + player;
                    Quizzes quizzes = new Quizzes(database);
                    QuestionLog questions = new QuestionLog(database);
                    Sessions sessions = new Sessions(database);
                    // Each player's answer and question arrive twice, once per process, as a redelivery would.
                    work.add(() -> quizzes.recordQuizAnswer(
                            quiz, 0, name, quiz.questions().get(0).correct()));
                    work.add(() -> quizzes.recordQuizAnswer(quiz, 1, name, wrong));
                    work.add(() -> {
                        long id = questions.recordQuestion(
                                answer, QuestionOrigin.discord("100", "channel-c", name, false), ref);
                        if (id > 0) {
                            sessions.addToSession(session.id(), id);
                        }
                        questions.recordFeedback(ref, name, true);
                        return true;
                    });
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (Future<Boolean> done : pool.invokeAll(work)) {
                    done.get();
                }
            } finally {
                pool.shutdown();
            }

            assertThat(new Quizzes(second).scores("quiz-c")).hasSize(20).allSatisfy(score -> {
                assertThat(score.answered()).isEqualTo(2);
                assertThat(score.correct()).isEqualTo(1);
            });
            assertThat(new QuestionLog(first).questionsSince(Instant.EPOCH, ReportScope.everywhere()))
                    .hasSize(20);
            assertThat(new Sessions(second).transcript(session.id()))
                    .extracting(SessionEntry::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20)
                            .boxed()
                            .toList());
            assertThat(new QuestionLog(first).downVotedSince(Instant.EPOCH, ReportScope.everywhere()))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("a session started twice at once, from two processes, is one session")
    void oneRunningSessionPerPlace() {
        try (Database firstDatabase = Database.open(url(), Clock.systemUTC());
                Database secondDatabase = Database.open(url(), Clock.systemUTC())) {
            Sessions first = new Sessions(firstDatabase);
            Sessions second = new Sessions(secondDatabase);
            QaSession a = first.startSession("a", "channel-s", "Week 1", "teacher-1");
            QaSession b = second.startSession("b", "channel-s", "Week 1 again", "teacher-2");

            assertThat(b.id()).isEqualTo(a.id());
            first.endSession(a.id());
            assertThat(second.startSession("c", "channel-s", "Week 2", "teacher-2")
                            .id())
                    .isEqualTo("c");
            assertThat(first.latestSession("channel-s"))
                    .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("c"));
        }
    }

    @Test
    @DisplayName("an answer's buttons and its thread work from another process: "
            + "sources, question and conversation are stored")
    void answersAndThreadsAreShared() {
        Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
        try (Database first = Database.open(url(), Clock.systemUTC());
                Database second = Database.open(url(), Clock.systemUTC())) {
            new QuestionLog(first)
                    .recordQuestion(answer, QuestionOrigin.discord("100", "channel-t", "asker", false), "answer-t");
            new AnswerThreads(first).openThread("thread-t", "answer-t");
            new QuestionLog(first)
                    .recordQuestion(
                            fixture.get().answers().ask("Who coined the term Track II?"),
                            QuestionOrigin.discord("100", "thread-t", "asker", false),
                            "answer-u");

            assertThat(new QuestionLog(second).answer("answer-t")).hasValueSatisfying(stored -> {
                assertThat(stored.question()).isEqualTo("What is Track II diplomacy?");
                assertThat(stored.sources()).isNotEmpty().first().satisfies(source -> {
                    assertThat(source.title()).isEqualTo("Track II diplomacy");
                    assertThat(source.excerpt()).isNotBlank();
                    assertThat(source.url()).startsWith("https://");
                });
            });
            assertThat(new AnswerThreads(second).conversation("thread-t"))
                    .hasValueSatisfying(turns -> assertThat(turns)
                            .extracting(t -> t.question())
                            .containsExactly("What is Track II diplomacy?", "Who coined the term Track II?"));
            assertThat(new AnswerThreads(second).conversation("channel-t")).isEmpty();
            assertThat(new QuestionLog(second).answer("never-given")).isEmpty();
        }
    }
}
