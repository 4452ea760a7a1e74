package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TimelineCommandTest {

    @TempDir
    Path temp;

    private CliRunner.Run run(String... args) {
        return new CliRunner(temp, Fixtures.realKnowledge()).run(args);
    }

    /** On the fixture's one case: quicker where the knowledge base's size does not matter. */
    private CliRunner.Run runOnFixture(String... args) {
        return new CliRunner(temp, Fixtures.fixtureKnowledge()).run(args);
    }

    @Test
    @DisplayName("timeline --out writes a PNG of the cases and says what it wrote")
    void writesPicture() throws Exception {
        Path file = temp.resolve("timeline.png");

        CliRunner.Run run =
                run("timeline", "--out", file.toString(), "--lang", "vi", "--highlight", "oslo-backchannel");

        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(run.out())
                .contains("Wrote " + file + " (1100 x " + image.getHeight()
                        + " px): 37 trường hợp, xếp theo kênh ngoại giao.");
    }

    @Test
    @DisplayName("timeline --track draws that track only: a shorter picture")
    void oneTrack() throws Exception {
        Path all = temp.resolve("all.png");
        Path one = temp.resolve("one.png");

        assertThat(run("timeline", "--out", all.toString()).exitCode()).isZero();
        CliRunner.Run run = run("timeline", "--out", one.toString(), "--track", "track-one-and-a-half");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(": 6 cases, grouped by track.");
        assertThat(ImageIO.read(one.toFile()).getHeight())
                .isLessThan(ImageIO.read(all.toFile()).getHeight() / 2);
    }

    @Test
    @DisplayName("timeline --help explains the options and exits 0")
    void help() {
        CliRunner.Run run = runOnFixture("timeline", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--out=FILE", "--lang", "--track=ID", "--highlight=CASE-ID");
    }

    @Test
    @DisplayName("an unknown track or case is refused with the tracks there are, and nothing is written")
    void unknownTrackOrCase() {
        Path file = temp.resolve("never.png");

        CliRunner.Run track = runOnFixture("timeline", "--out", file.toString(), "--track", "track-two");
        CliRunner.Run highlight = runOnFixture("timeline", "--out", file.toString(), "--highlight", "track-two");

        assertThat(track.exitCode()).isNotZero();
        assertThat(track.err())
                .contains("no case is on track 'track-two': tracks with cases are backchannel-diplomacy");
        assertThat(highlight.exitCode()).isNotZero();
        assertThat(highlight.err()).contains("'track-two' is not a case on the timeline");
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("a path that cannot be written is an error naming it, exit 1")
    void unwritablePath() throws Exception {
        Path missingFolder = temp.resolve("no/such/folder/timeline.png");
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");

        CliRunner.Run missing = run("timeline", "--out", missingFolder.toString());
        CliRunner.Run underFile =
                run("timeline", "--out", file.resolve("timeline.png").toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err())
                .contains("backchannel: cannot write " + missingFolder + ": there is no folder "
                        + missingFolder.getParent());
        assertThat(underFile.exitCode()).isEqualTo(1);
        assertThat(underFile.err()).contains("backchannel: cannot write " + file.resolve("timeline.png"));
    }
}
