package dev.backchannel.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Unit vectors drawn from a seed taken from the text: the same text always gets the same vector.
 * The scale benchmark uses it to give 100,000 generated passages vectors of the real model's size
 * in seconds; the search cost of an HNSW graph depends on the number and size of vectors, not on
 * what they mean. Never used to answer questions.
 */
final class HashingEmbeddingModel implements EmbeddingModel {

    private final int dimension;

    HashingEmbeddingModel(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public Response<Embedding> embed(String text) {
        return Response.from(Embedding.from(vector(text)));
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(
                segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
    }

    @Override
    public int dimension() {
        return dimension;
    }

    private float[] vector(String text) {
        SplittableRandom random = new SplittableRandom(text.hashCode());
        float[] vector = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
