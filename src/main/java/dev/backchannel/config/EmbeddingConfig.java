package dev.backchannel.config;

/**
 * The embedding model behind dense retrieval.
 *
 * @param model {@code none} (dense retrieval off), a model shipped in a Maven artifact
 *     ({@code bge-small-en-v15-q}, or with the {@code embedding-candidates} build profile {@code
 *     all-minilm-l6-v2-q} and {@code e5-small-v2-q}), or {@code onnx} for a model on disk
 * @param onnxModel the ONNX file, for {@code onnx}
 * @param onnxTokenizer its tokenizer.json, for {@code onnx}
 * @param pooling {@code mean} or {@code cls}, for {@code onnx}
 * @param queryPrefix prepended to questions ({@code auto}: what the model was trained with)
 * @param passagePrefix prepended to passages ({@code auto}: what the model was trained with)
 */
public record EmbeddingConfig(
    String model, String onnxModel, String onnxTokenizer, String pooling, String queryPrefix, String passagePrefix) {

  public boolean enabled() {
    return !"none".equals(model);
  }
}
