package dev.backchannel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ErrorLineTest {

    @Test
    @DisplayName("a runtime failure is told in one line that names its cause, not only what could not be done")
    void oneLineNamesTheCause() {
        IOException cause = new FileSystemException("/data/index/a.building-1", "/data/index/a", "Directory not empty");
        String line = BackchannelCommand.describe(
                new UncheckedIOException("Cannot open or build the index in /data/index/a", cause));

        assertThat(line)
                .startsWith("Cannot open or build the index in /data/index/a: ")
                .contains("Directory not empty")
                .doesNotContain("\n");
    }
}
