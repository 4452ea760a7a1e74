package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModelFilesTest {

    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a model file is copied out of the jar once, byte for byte, and later starts reuse the copy")
    void copiedOnceThenReused() throws Exception {
        Optional<Path> first = ModelFiles.of(TOKENIZER, dir);

        assertThat(first).isPresent();
        try (InputStream original = getClass().getClassLoader().getResourceAsStream(TOKENIZER)) {
            assertThat(Files.readAllBytes(first.get())).isEqualTo(original.readAllBytes());
        }
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first.get(), written);

        Optional<Path> second = ModelFiles.of(TOKENIZER, dir);

        assertThat(second).contains(first.get());
        assertThat(Files.getLastModifiedTime(second.get())).isEqualTo(written);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    @DisplayName("a resource the jar does not hold gives no copy, and the model is read as before")
    void missingResource() {
        assertThat(ModelFiles.of("no-such-model.onnx", dir)).isEmpty();
    }

    @Test
    @DisplayName("the runtime's native libraries are copied once into one folder named after them, "
            + "for the runtime to load instead of writing them out on every start")
    void runtimeLibrariesCopiedOnce() throws Exception {
        Optional<Path> first = ModelFiles.runtimeLibraries(dir);

        assertThat(first).isPresent();
        assertThat(first.get().getFileName().toString()).startsWith("onnxruntime-");
        Path runtime = first.get().resolve(System.mapLibraryName("onnxruntime"));
        Path bridge = first.get().resolve(System.mapLibraryName("onnxruntime4j_jni"));
        assertThat(runtime).isRegularFile();
        assertThat(bridge).isRegularFile();
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(runtime, written);

        assertThat(ModelFiles.runtimeLibraries(dir)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(runtime)).isEqualTo(written);
    }
}
