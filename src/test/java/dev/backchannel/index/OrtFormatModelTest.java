package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OrtFormatModelTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the shipped model read in place from its ONNX Runtime copy gives the ONNX file's vectors, "
            + "bit for bit, and the copy is written once")
    void sameVectorsFromACopyWrittenOnce() throws Exception {
        Path onnx = ModelFiles.of("bge-small-en-v1.5-q.onnx", dir).orElseThrow();
        Path tokenizer =
                ModelFiles.of("bge-small-en-v1.5-q-tokenizer.json", dir).orElseThrow();
        EmbeddingModel fromOnnx = new OnnxEmbeddingModel(onnx, tokenizer, PoolingMode.CLS);

        Optional<EmbeddingModel> inPlace = OrtFormatModel.load(onnx, tokenizer, PoolingMode.CLS);

        assertThat(inPlace).isPresent();
        for (String text : List.of(
                "What is Track II diplomacy?",
                "Why did the Oslo back channel need secrecy, and who carried the messages?",
                "Ngoại giao nhánh II là gì?")) {
            assertThat(inPlace.get().embed(text).content().vector())
                    .isEqualTo(fromOnnx.embed(text).content().vector());
        }
        Path copy = ortCopy();
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, written);

        assertThat(OrtFormatModel.load(onnx, tokenizer, PoolingMode.CLS)).isPresent();
        assertThat(ortCopy()).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
    }

    @Test
    @DisplayName(
            "a model file the runtime cannot read gives no model, for the caller to load the ONNX file its own way")
    void unreadableModel() throws Exception {
        Path onnx = Files.writeString(dir.resolve("broken.onnx"), "not a model");
        Path tokenizer =
                ModelFiles.of("bge-small-en-v1.5-q-tokenizer.json", dir).orElseThrow();

        assertThat(OrtFormatModel.load(onnx, tokenizer, PoolingMode.CLS)).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".partial") || name.endsWith(".ort"));
        }
    }

    private Path ortCopy() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> copies = files.filter(p -> p.toString().endsWith(".ort")).toList();
            assertThat(copies).hasSize(1);
            return copies.get(0);
        }
    }
}
