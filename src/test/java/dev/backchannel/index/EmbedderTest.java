package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class EmbedderTest {

    private final AtomicInteger loads = new AtomicInteger();

    private CompletableFuture<EmbeddingModel> load() {
        loads.incrementAndGet();
        return CompletableFuture.completedFuture(new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(segments.stream()
                        .map(segment ->
                                Embedding.from(new float[] {segment.text().length()}))
                        .toList());
            }
        });
    }

    @Test
    @DisplayName("a model started on first use is not loaded until a vector is asked for, then once")
    void onFirstUse() {
        Embedder embedder = new Embedder(this::load, ModelStart.ON_FIRST_USE, "stub", "q: ", "");

        assertThat(embedder.name()).isEqualTo("stub|q: |");
        assertThat(loads).hasValue(0);
        assertThat(embedder.embedQuery("why?")).containsExactly(7f);
        embedder.embedPassages(List.of("a", "bc"));
        assertThat(loads).hasValue(1);
    }

    @Test
    @DisplayName("a model started now begins loading when the embedder is made")
    void now() {
        new Embedder(this::load, ModelStart.NOW, "stub", "", "");

        assertThat(loads).hasValue(1);
    }
}
