package dev.backchannel.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class PassageIndexTest {

    /** Remembers what it was asked to embed; every text gets the same vector. */
    private static final class RecordingModel implements EmbeddingModel {
        final List<String> texts = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(segment -> texts.add(segment.text()));
            return Response.from(segments.stream()
                    .map(segment -> Embedding.from(new float[] {1f, 0f}))
                    .toList());
        }
    }

    @Test
    @DisplayName("the English embedding model gets English passages without their "
            + "Vietnamese glosses, Vietnamese ones with their English glosses")
    void glossesTheModelCannotReadAreLeftOut() throws IOException {
        KnowledgeBase knowledge = new KnowledgeBase(
                new KnowledgeLoader().load(Fixtures.realKnowledge()).topics(), Chunker.standard(), "real");
        RecordingModel model = new RecordingModel();

        try (PassageIndex index = PassageIndex.build(
                new ByteBuffersDirectory(), knowledge, Optional.of(new Embedder(model, "recording", "", "")))) {
            assertThat(index.size()).isEqualTo(knowledge.passages().size());
        }

        assertThat(knowledge.passages()).anyMatch(p -> p.text().contains("(Vietnamese: "));
        assertThat(model.texts).hasSize(knowledge.passages().size()).noneMatch(text -> text.contains("(Vietnamese: "));
        assertThat(model.texts)
                .anyMatch(text -> text.startsWith("Track II diplomacy. Definition. Track II diplomacy is"));
        assertThat(model.texts).anyMatch(text -> text.contains("(tiếng Anh: "));
    }
}
