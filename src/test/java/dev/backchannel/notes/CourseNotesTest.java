package dev.backchannel.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.FixtureApp;
import dev.backchannel.config.KnowledgeConfig;
import dev.backchannel.knowledge.CourseNoteReader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.SectionRules;
import dev.backchannel.store.CourseNoteStore;
import dev.backchannel.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

final class CourseNotesTest {

    @RegisterExtension
    static final FixtureApp fixture = new FixtureApp();

    @TempDir
    Path temp;

    private static byte[] note(String id, String lang) {
        return ("""
                ---
                id: %s
                lang: %s
                kind: term
                title: "Note %s"
                summary: "A course note."
                related: []
                tags: []
                sources: [{title: "Reader", url: "https://example.org/reader"}]
                ---

                ## Definition
                > Q: What is it?

                A short definition written for the course.
                """).formatted(id, lang, id).getBytes(StandardCharsets.UTF_8);
    }

    private CourseNotes notes(Database database, int maxTopics, int addsPerHour) {
        KnowledgeConfig limits = new KnowledgeConfig(temp, false, 1000, 262_144, 64, maxTopics, 65_536, addsPerHour);
        return new CourseNotes(
                new CourseNoteStore(database),
                new CourseNoteReader(new SectionRules(SectionKinds.standard()), 65_536, 64),
                fixture.get()::knowledge,
                limits,
                Clock.systemUTC());
    }

    @Test
    @DisplayName("a server holds at most its limit of topics; replacing one is an update and keeps the old "
            + "version; another server's count is its own")
    void topicLimit() {
        try (Database database = Database.open("jdbc:sqlite:" + temp.resolve("n.db"), Clock.systemUTC())) {
            CourseNotes notes = notes(database, 2, 100);

            assertThat(notes.add("1", "a.md", note("note-a", "en"), "t", "teacher")
                            .added())
                    .isTrue();
            assertThat(notes.add("1", "b.md", note("note-b", "en"), "t", "teacher")
                            .added())
                    .isTrue();
            AddOutcome third = notes.add("1", "c.md", note("note-c", "en"), "t", "teacher");
            AddOutcome replaced = notes.add("1", "a.md", note("note-a", "en"), "t", "teacher");
            AddOutcome elsewhere = notes.add("2", "c.md", note("note-c", "en"), "t", "teacher");

            assertThat(third.added()).isFalse();
            assertThat(third.errors())
                    .extracting(Problem::message)
                    .containsExactly("this server has 2 topics of notes, the most it may have: remove one first");
            assertThat(replaced.added()).isTrue();
            assertThat(replaced.replaced()).isTrue();
            assertThat(elsewhere.added()).isTrue();
            assertThat(notes.list("1")).extracting(n -> n.topicId()).containsExactly("note-a", "note-b");
            assertThat(notes.list("2")).extracting(n -> n.topicId()).containsExactly("note-c");
        }
    }

    @Test
    @DisplayName("adds beyond the hourly limit are refused with a message, and nothing is stored")
    void addsPerHour() {
        try (Database database = Database.open("jdbc:sqlite:" + temp.resolve("r.db"), Clock.systemUTC())) {
            CourseNotes notes = notes(database, 50, 2);
            notes.add("1", "a.md", note("note-a", "en"), "t", "teacher");
            notes.add("1", "a.md", note("note-a", "vi"), "t", "teacher");
            long version = notes.version("1");

            AddOutcome third = notes.add("1", "b.md", note("note-b", "en"), "t", "teacher");

            assertThat(third.errors())
                    .extracting(Problem::message)
                    .containsExactly("this server added 2 files in the last hour: try again later");
            assertThat(notes.version("1")).isEqualTo(version);
        }
    }
}
