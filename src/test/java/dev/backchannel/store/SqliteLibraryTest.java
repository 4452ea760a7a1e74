package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

final class SqliteLibraryTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "SQLite's native library is copied out of the jar once, byte for byte, and later starts reuse the copy")
    void copiedOnceThenReused() throws Exception {
        Optional<Path> first = SqliteLibrary.copyIn(dir);

        assertThat(first).isPresent();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream original = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(first.get())).isEqualTo(original.readAllBytes());
        }
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first.get(), written);

        assertThat(SqliteLibrary.copyIn(dir)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first.get())).isEqualTo(written);
    }
}
