package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DiscordCommandTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("without a token, discord explains in one line how to get one and how to use chat instead")
    void noToken() {
        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge()).run("discord");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("DISCORD_TOKEN").contains("./backchannel chat");
    }

    @Test
    @DisplayName("a shard outside the total, or shards without a total, is refused before anything starts")
    void badShards() {
        CliRunner runner = new CliRunner(temp, Fixtures.fixtureKnowledge(), java.util.Map.of("DISCORD_TOKEN", "t"));

        CliRunner.Run outside = runner.run("discord", "--shards", "2-3", "--total-shards", "2");
        CliRunner.Run noTotal = runner.run("discord", "--shards", "0");

        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("shard 2 is outside 0-1");
        assertThat(noTotal.exitCode()).isEqualTo(2);
        assertThat(noTotal.err()).contains("--total-shards");
    }
}
