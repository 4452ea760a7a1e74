package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BenchCommandTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("bench reports latency percentiles, throughput, index build and a generated-corpus run")
    void reports() {
        CliRunner.Run run = new CliRunner(temp, Fixtures.fixtureKnowledge())
                .run("bench", "--rounds", "1", "--skip-cold", "--scale", "300");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("versus plain embedding search: skipped (no embedding model configured)")
                .containsPattern("warm retrieval: +p50 [0-9.]+ ms, p99 [0-9.]+ ms")
                .containsPattern("warm full answer: +p50")
                .containsPattern("throughput: +[0-9]+ questions/s on [0-9]+ threads")
                .containsPattern("index build: +[0-9.]+ s for [0-9]+ passages")
                .containsPattern("scale 30[0-9] passages: build [0-9.]+ s, bm25 retrieval p50");
    }
}
