package dev.backchannel.index;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A short text's vector from the model's session, its word pieces cut in Java: the [CLS] output
 * at unit length, as the model is pooled. The same ids, the same session and the same arithmetic
 * give LangChain4j's vector for the text bit for bit.
 */
final class QuestionEncoder {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final QueryWordPieces pieces;
    private final boolean takesTokenTypes;

    QuestionEncoder(OrtEnvironment environment, OrtSession session, QueryWordPieces pieces) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.pieces = pieces;
        Set<String> inputs = session.getInputNames();
        this.takesTokenTypes = inputs.contains("token_type_ids");
    }

    /** The text's vector, or empty when its word pieces are not cut in Java. */
    Optional<float[]> embed(String text) throws OrtException {
        Optional<long[]> ids = pieces.ids(text);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long[] input = ids.get();
        long[] shape = {1, input.length};
        long[] attended = new long[input.length];
        Arrays.fill(attended, 1);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
                OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(attended), shape);
                OnnxTensor types =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[input.length]), shape)) {
            Map<String, OnnxTensor> feed = new HashMap<>();
            feed.put("input_ids", inputIds);
            feed.put("attention_mask", mask);
            if (takesTokenTypes) {
                feed.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(feed)) {
                float[][][] states = (float[][][]) result.get(0).getValue();
                return Optional.of(unitLength(states[0][0]));
            }
        }
    }

    /** The vector divided by its length, summed in float as the passages' vectors were. */
    private static float[] unitLength(float[] vector) {
        float squares = 0;
        for (float v : vector) {
            squares += v * v;
        }
        float length = (float) Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / length;
        }
        return unit;
    }
}
