package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.FixtureApp;
import dev.backchannel.answer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file in a temporary folder. */
final class StoreTest {

  @RegisterExtension static final FixtureApp fixture = new FixtureApp();
  @TempDir Path temp;

  private String url() {
    return "jdbc:sqlite:" + temp.resolve("data/backchannel.db");
  }

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
  @DisplayName("a corrupt database file gives a clear error, not a silent loss")
  void corruptFile() throws Exception {
    Path file = temp.resolve("data/backchannel.db");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "this is not a database ".repeat(100));

    assertThatThrownBy(() -> Store.open(url(), Clock.systemUTC())).isInstanceOf(StoreException.class).hasMessageContaining("not a valid SQLite file");
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
}
