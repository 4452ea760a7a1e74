package dev.backchannel.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * Questions through the real model, passages through hashing: the scale benchmark then pays the
 * real cost of embedding each question while its 100,000 passages get vectors in seconds.
 */
final class MixedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel questions;
    private final EmbeddingModel passages;

    MixedEmbeddingModel(EmbeddingModel questions, EmbeddingModel passages) {
        this.questions = questions;
        this.passages = passages;
    }

    @Override
    public Response<Embedding> embed(String text) {
        return questions.embed(text);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return passages.embedAll(segments);
    }

    @Override
    public int dimension() {
        return questions.dimension();
    }
}
