package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckCommandTest {

  @TempDir Path temp;

  @Test
  @DisplayName("check exits 0 on valid knowledge")
  void valid() {
    CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge()).run("check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("8 topic files valid, 0 errors");
  }

  @Test
  @DisplayName("check exits non-zero on a folder holding a broken file, naming the file and line")
  void broken() throws Exception {
    Path copy = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("copy"));
    Path file = copy.resolve("en/track-three.md");
    Files.writeString(file, Files.readString(file).replace("kind: track", "kind: tarck"));

    CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge()).run("check", copy.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(file + ":4: error: unknown kind 'tarck'");
  }
}
