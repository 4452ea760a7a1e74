package dev.backchannel.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Backchannel;
import dev.backchannel.Fixtures;
import dev.backchannel.answer.Answer;
import dev.backchannel.answer.AnswerOptions;
import dev.backchannel.answer.AnswerService;
import dev.backchannel.answer.Conversation;
import dev.backchannel.answer.PartialAnswers;
import dev.backchannel.store.Database;
import dev.backchannel.store.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Course notes in a fleet, on a real PostgreSQL server: two processes' pipelines with their own
 * connection pools to one database; what one adds or removes, the other's next question sees.
 */
final class CourseNotesPostgresTest {

    private static final String GUILD = "4242";
    private static final String QUESTION = "What are harbor talks?";
    private static final String NOTE = NoteFiles.harborTalks();

    @TempDir
    Path first;

    @TempDir
    Path second;

    private static Answer ask(AnswerService answers, String guild) {
        return answers.ask(
                QUESTION,
                new Conversation(),
                PartialAnswers.NONE,
                new AnswerOptions(Optional.empty(), false, Optional.of(guild)));
    }

    @Test
    @DisplayName("a topic one process adds is cited by the other process's next question in that server, in no "
            + "other server, and gone from it once removed")
    void addedInOneProcessCitedInTheOther() {
        String url = TestPostgres.freshDatabase();
        try (Backchannel adding = Fixtures.open(Fixtures.fixtureKnowledge(), first);
                Backchannel answering = Fixtures.open(Fixtures.fixtureKnowledge(), second);
                Database addingDatabase = Database.open(url, Clock.systemUTC());
                Database answeringDatabase = Database.open(url, Clock.systemUTC())) {
            CourseNotes editor = adding.courseNotes(addingDatabase);
            AnswerService answers = answering.answersWithNotes(answering.courseNotes(answeringDatabase));
            assertThat(ask(answers, GUILD).text()).doesNotContain("ferry");

            AddOutcome added =
                    editor.add(GUILD, "harbor.md", NOTE.getBytes(StandardCharsets.UTF_8), "teacher-id", "teacher");

            assertThat(added.added()).isTrue();
            Answer cited = ask(answers, GUILD);
            assertThat(cited.text()).contains("ferry timetable");
            assertThat(cited.citations()).anyMatch(c -> c.passage().notedBy().equals("teacher"));
            assertThat(ask(answers, "4343").text()).doesNotContain("ferry");

            editor.remove(GUILD, "harbor-talks", "teacher-id", "teacher");
            assertThat(ask(answers, GUILD).text()).doesNotContain("ferry");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
