package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.FixtureApp;
import dev.backchannel.answer.Answer;
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

/** What the store does on either database; subclasses say which one. */
abstract class StoreContract {

  @RegisterExtension static final FixtureApp fixture = new FixtureApp();

  /** The database under test; each call within one test returns the same one. */
  abstract String url();

  @Test
  @DisplayName("a recorded question and its feedback survive closing and reopening the database")
  void survivesRestart() {
    Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
    try (Store store = Store.open(url(), Clock.systemUTC())) {
      store.recordQuestion(answer, "discord", "channel-1", "user-1", "answer-1");
      store.recordFeedback("answer-1", "user-2", false);
    }

    try (Store reopened = Store.open(url(), Clock.systemUTC())) {
      assertThat(reopened.questionsSince(Instant.EPOCH)).singleElement().satisfies(q -> {
        assertThat(q.question()).isEqualTo("What is Track II diplomacy?");
        assertThat(q.source()).isEqualTo("discord");
        assertThat(q.citedTopics()).contains("track-two");
        assertThat(q.answer()).contains("[1]");
      });
      assertThat(reopened.downVotedSince(Instant.EPOCH)).hasSize(1);
    }
  }

  @Test
  @DisplayName("a second vote by the same person replaces the first: a double click counts once")
  void voteOnce() {
    try (Store store = Store.open(url(), Clock.systemUTC())) {
      store.recordQuestion(fixture.get().answers().ask("What is Track III diplomacy?"), "discord", "", "u", "a");
      store.recordFeedback("a", "voter", false);
      store.recordFeedback("a", "voter", false);
      store.recordFeedback("a", "voter", true);

      assertThat(store.downVotedSince(Instant.EPOCH)).isEmpty();
    }
  }

  @Test
  @DisplayName("a quiz and its answers survive a restart; a second answer by the same player is refused")
  void quizSurvivesRestart() {
    dev.backchannel.quiz.Quiz quiz =
        new dev.backchannel.quiz.QuizGenerator(fixture.get()::knowledge).generate("quiz-1", dev.backchannel.knowledge.Language.EN, 2, java.util.Optional.empty(), new java.util.Random(1));
    try (Store store = Store.open(url(), Clock.systemUTC())) {
      store.saveQuiz(quiz, "channel-1");
      assertThat(store.recordQuizAnswer("quiz-1", 0, "ana", 1, true)).isTrue();
      assertThat(store.recordQuizAnswer("quiz-1", 0, "ana", 2, false)).isFalse();
    }

    try (Store reopened = Store.open(url(), Clock.systemUTC())) {
      assertThat(reopened.quiz("quiz-1")).contains(quiz);
      assertThat(reopened.latestQuiz("channel-1")).contains("quiz-1");
      assertThat(reopened.scores("quiz-1")).containsExactly(new Store.Score("ana", 1, 1));
    }
  }

  @Test
  @DisplayName("a session with questions survives a restart, and its export holds every question, answer and source URL")
  void sessionSurvivesRestart() {
    List<Answer> answers =
        List.of(
            fixture.get().answers().ask("What is Track II diplomacy?"),
            fixture.get().answers().ask("Where did the Oslo talks take place?"),
            fixture.get().answers().ask("Who won the 2022 World Cup?"));
    try (Store store = Store.open(url(), Clock.systemUTC())) {
      QaSession session = store.startSession("s1", "channel-9", "Week 3", "teacher");
      for (int i = 0; i < answers.size(); i++) {
        long id = store.recordQuestion(answers.get(i), "discord", "channel-9", "student-" + i, "m" + i);
        assertThat(store.addToSession(session.id(), id)).isEqualTo(i + 1);
      }
    }

    try (Store reopened = Store.open(url(), Clock.systemUTC())) {
      QaSession session = reopened.activeSession("channel-9").orElseThrow();
      reopened.endSession(session.id());
      SessionReport report = new SessionReport(reopened.latestSession("channel-9").orElseThrow(), reopened.transcript(session.id()));

      assertThat(report.questions()).isEqualTo(3);
      assertThat(report.participants()).isEqualTo(3);
      assertThat(report.unanswered()).containsExactly("Who won the 2022 World Cup?");
      String markdown = report.markdown();
      for (Answer answer : answers) {
        assertThat(markdown).contains(answer.question()).contains(answer.text());
        answer.citations().forEach(c -> assertThat(markdown).contains(c.passage().firstUrl()));
      }
      assertThat(report.json()).contains("\"number\":3").contains("https://en.wikipedia.org/wiki/Track_II_diplomacy");
      assertThat(reopened.activeSession("channel-9")).isEmpty();
    }
  }

  @Test
  @DisplayName("unanswered questions asking the same thing are grouped, most frequent first")
  void gapReport() {
    try (Store store = Store.open(url(), Clock.systemUTC())) {
      for (String question : new String[] {"How do I bake sourdough bread quickly?", "how to bake sourdough bread fast", "Who won the 2022 World Cup?"}) {
        store.recordQuestion(fixture.get().answers().ask(question), "console", "", "", null);
      }
      GapReport report = new GapReport(Instant.EPOCH, store.questionsSince(Instant.EPOCH), store.downVotedSince(Instant.EPOCH));

      assertThat(report.unanswered()).first().satisfies(g -> {
        assertThat(g.count()).isEqualTo(2);
        assertThat(g.example()).isEqualTo("How do I bake sourdough bread quickly?");
      });
      assertThat(report.markdown()).contains("- Questions asked: 3").contains("2 × How do I bake sourdough bread quickly?");
    }
  }

  @Test
  @DisplayName("two processes writing at once lose nothing, and a doubled delivery is counted once")
  void concurrentWritersLoseNothing() throws Exception {
    Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
    dev.backchannel.quiz.Quiz quiz =
        new dev.backchannel.quiz.QuizGenerator(fixture.get()::knowledge).generate("quiz-c", dev.backchannel.knowledge.Language.EN, 3, java.util.Optional.empty(), new java.util.Random(2));
    try (Store first = Store.open(url(), Clock.systemUTC());
        Store second = Store.open(url(), Clock.systemUTC())) {
      first.saveQuiz(quiz, "channel-c");
      QaSession session = first.startSession("sc", "channel-c", "Live", "teacher");
      List<Callable<Boolean>> work = new ArrayList<>();
      for (int player = 0; player < 20; player++) {
        for (Store store : List.of(first, second)) {
          String name = "player-" + player;
          String ref = "q-" + player;
          // Each player's answer and question arrive twice, once per process, as a redelivery would.
          work.add(() -> store.recordQuizAnswer("quiz-c", 0, name, 1, true));
          work.add(() -> store.recordQuizAnswer("quiz-c", 1, name, 0, false));
          work.add(() -> {
            long id = store.recordQuestion(answer, "discord", "channel-c", name, ref);
            if (id > 0) {
              store.addToSession(session.id(), id);
            }
            store.recordFeedback(ref, name, true);
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

      assertThat(second.scores("quiz-c")).hasSize(20).allSatisfy(score -> {
        assertThat(score.answered()).isEqualTo(2);
        assertThat(score.correct()).isEqualTo(1);
      });
      assertThat(first.questionsSince(Instant.EPOCH)).hasSize(20);
      assertThat(second.transcript(session.id())).extracting(SessionEntry::number).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
      assertThat(first.downVotedSince(Instant.EPOCH)).isEmpty();
    }
  }

  @Test
  @DisplayName("a session started twice at once, from two processes, is one session")
  void oneRunningSessionPerPlace() {
    try (Store first = Store.open(url(), Clock.systemUTC());
        Store second = Store.open(url(), Clock.systemUTC())) {
      QaSession a = first.startSession("a", "channel-s", "Week 1", "teacher-1");
      QaSession b = second.startSession("b", "channel-s", "Week 1 again", "teacher-2");

      assertThat(b.id()).isEqualTo(a.id());
      first.endSession(a.id());
      assertThat(second.startSession("c", "channel-s", "Week 2", "teacher-2").id()).isEqualTo("c");
      assertThat(first.latestSession("channel-s")).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("c"));
    }
  }

  @Test
  @DisplayName("an answer's buttons and its thread work from another process: sources, question and conversation are stored")
  void answersAndThreadsAreShared() {
    Answer answer = fixture.get().answers().ask("What is Track II diplomacy?");
    try (Store first = Store.open(url(), Clock.systemUTC());
        Store second = Store.open(url(), Clock.systemUTC())) {
      first.recordQuestion(answer, "discord", "channel-t", "asker", "answer-t");
      first.openThread("thread-t", "answer-t");
      first.recordQuestion(fixture.get().answers().ask("Who coined the term Track II?"), "discord", "thread-t", "asker", "answer-u");

      assertThat(second.answer("answer-t")).hasValueSatisfying(stored -> {
        assertThat(stored.question()).isEqualTo("What is Track II diplomacy?");
        assertThat(stored.sources()).isNotEmpty().first().satisfies(source -> {
          assertThat(source.title()).isEqualTo("Track II diplomacy");
          assertThat(source.excerpt()).isNotBlank();
          assertThat(source.url()).startsWith("https://");
        });
      });
      assertThat(second.conversation("thread-t")).hasValueSatisfying(turns ->
          assertThat(turns).extracting(t -> t.question()).containsExactly("What is Track II diplomacy?", "Who coined the term Track II?"));
      assertThat(second.conversation("channel-t")).isEmpty();
      assertThat(second.answer("never-given")).isEmpty();
    }
  }
}
