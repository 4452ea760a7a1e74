package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.notes.NoteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CourseNotesCommandTest {

    @TempDir
    Path temp;

    private static final String NOTE = NoteFiles.harborTalks();

    @Test
    @DisplayName("the operator adds, lists and removes a server's notes from the console; a broken file is "
            + "refused with its line and exit 1, a name instead of a server ID with exit 2")
    void addListRemove() throws Exception {
        CliRunner cli = new CliRunner(temp, Fixtures.fixtureKnowledge());
        Path note = Files.writeString(temp.resolve("harbor.md"), NOTE);
        Path broken = Files.writeString(temp.resolve("broken.md"), NOTE.replace("## Definition", "Definition"));

        CliRunner.Run added = cli.run("knowledge", "add", "--guild", "42", note.toString());
        CliRunner.Run listed = cli.run("knowledge", "list", "--guild", "42");
        CliRunner.Run elsewhere = cli.run("knowledge", "list", "--guild", "43");
        CliRunner.Run refused = cli.run("knowledge", "add", "--guild", "42", broken.toString());
        CliRunner.Run named = cli.run("knowledge", "list", "--guild", "my-school");
        CliRunner.Run removed = cli.run("knowledge", "remove", "--guild", "42", "harbor-talks");
        CliRunner.Run again = cli.run("knowledge", "remove", "--guild", "42", "harbor-talks");

        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("Added harbor-talks (en) for server 42");
        assertThat(listed.out()).startsWith("harbor-talks\ten\tHarbor talks\toperator\t");
        assertThat(elsewhere.out().strip()).isEqualTo("none");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("broken.md:12: error: text before the first '## ' section heading");
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(removed.out()).contains("Removed harbor-talks (1 language version) from server 42");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(cli.run("knowledge", "list", "--guild", "42").out().strip()).isEqualTo("none");
    }
}
