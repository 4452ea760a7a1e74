package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("check exits 0 on the curated knowledge base: every file has its kind's sections and their questions")
    void valid() {
        CliRunner.Run run = new CliRunner(temp, Fixtures.realKnowledge()).run("check");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).containsPattern("\\d+ topic files valid, 0 errors");
    }

    @Test
    @DisplayName(
            "a topic without its kind's sections, or with sections without questions, fails check with file and line")
    void missingSectionsAndQuestions() {
        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge()).run("check");
        Path trackThree = Fixtures.fixtureKnowledge().resolve("en/track-three.md");
        Path vietnamese = Fixtures.fixtureKnowledge().resolve("vi/track-three.md");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern(java.util.regex.Pattern.quote(trackThree.toString())
                        + ":\\d+: error: missing section '## Purpose and strengths'")
                .containsPattern(java.util.regex.Pattern.quote(vietnamese.toString())
                        + ":\\d+: error: missing section '## Cách thức vận hành'")
                .containsPattern(java.util.regex.Pattern.quote(trackThree.toString())
                        + ":\\d+: error: section 'Definition' has 0 '> Q:' questions");
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

    @Test
    @DisplayName("a case written without its period and track fails check, naming the file and what to add")
    void caseWithoutTimelineFields() throws Exception {
        Path copy = Fixtures.copyOf(Fixtures.realKnowledge(), temp.resolve("copy"));
        Path file = copy.resolve("vi/oslo-backchannel.md");
        Files.writeString(
                file,
                Files.readString(file).replace("period: \"1993\"\n", "").replace("track: backchannel-diplomacy\n", ""));

        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge()).run("check", copy.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(file + ":1: error: a case needs its period for the timeline: add a front-matter line"
                        + " 'period: \"1993\"'")
                .contains(file + ":1: error: a case needs its track for the timeline: add a front-matter line"
                        + " 'track: <id>'")
                .containsPattern("\\d+ topic files valid, 2 errors");
    }
}
