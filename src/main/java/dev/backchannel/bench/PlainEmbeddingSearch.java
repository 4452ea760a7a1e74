package dev.backchannel.bench;

import dev.backchannel.index.Embedder;
import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The baseline every retrieval is measured against: what a plain RAG setup does with the same
 * embedding model, the question embedded and compared by cosine with every passage's vector held
 * in memory, nothing else.
 */
final class PlainEmbeddingSearch {

    private final Embedder embedder;
    private final List<float[]> vectors;

    private PlainEmbeddingSearch(Embedder embedder, List<float[]> vectors) {
        this.embedder = embedder;
        this.vectors = vectors;
    }

    /** The passage vectors already in {@code index}, normalised once, as an in-memory store holds them. */
    static PlainEmbeddingSearch over(PassageIndex index, Embedder embedder) throws IOException {
        List<float[]> vectors = new ArrayList<>();
        for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (values == null) {
                continue;
            }
            while (values.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                vectors.add(normalised(values.vectorValue()));
            }
        }
        if (vectors.isEmpty()) {
            throw new IllegalStateException("the index holds no vectors to search");
        }
        return new PlainEmbeddingSearch(embedder, vectors);
    }

    int size() {
        return vectors.size();
    }

    /** The positions of the {@code k} passages nearest to the question. */
    int[] nearest(String question, int k) {
        float[] query = normalised(embedder.embedQuery(question));
        PriorityQueue<double[]> best = new PriorityQueue<>(k, (a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < vectors.size(); i++) {
            double cosine = dot(query, vectors.get(i));
            if (best.size() < k) {
                best.add(new double[] {cosine, i});
            } else if (cosine > best.peek()[0]) {
                best.poll();
                best.add(new double[] {cosine, i});
            }
        }
        return best.stream().mapToInt(entry -> (int) entry[1]).toArray();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] normalised(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
