package dev.backchannel.config;

/**
 * The embedding model behind dense retrieval.
 *
 * @param model {@code none} (dense retrieval off), a model shipped in a Maven artifact
 *     ({@code bge-small-en-v15-q}, or with the {@code embedding-candidates} build profile {@code
 *     all-minilm-l6-v2-q} and {@code e5-small-v2-q}), {@code onnx} for a model on disk, or a
 *     remote LangChain4j embedding model: {@code openai} (any OpenAI-compatible endpoint) or
 *     {@code ollama}
 * @param onnxModel the ONNX file, for {@code onnx}
 * @param onnxTokenizer its tokenizer.json, for {@code onnx}
 * @param pooling {@code mean} or {@code cls}, for {@code onnx}
 * @param queryPrefix prepended to questions ({@code auto}: what the model was trained with)
 * @param passagePrefix prepended to passages ({@code auto}: what the model was trained with)
 * @param remoteModel the model name, for {@code openai} and {@code ollama}
 * @param baseUrl the endpoint, for {@code openai} and {@code ollama}; empty: the provider's default
 * @param apiKey from the environment ({@code BACKCHANNEL_EMBEDDING_API_KEY}); never printed
 */
public record EmbeddingConfig(
        String model,
        String onnxModel,
        String onnxTokenizer,
        String pooling,
        String queryPrefix,
        String passagePrefix,
        String remoteModel,
        String baseUrl,
        String apiKey) {

    public boolean enabled() {
        return !"none".equals(model);
    }

    /** Says whether a key is set, never the key. */
    @Override
    public String toString() {
        return "EmbeddingConfig[model=" + model + ", remoteModel=" + remoteModel + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey.isEmpty() ? "none" : "set") + "]";
    }
}
