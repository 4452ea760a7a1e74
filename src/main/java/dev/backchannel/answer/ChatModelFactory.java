package dev.backchannel.answer;

import dev.backchannel.config.LlmConfig;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Optional;

/** LangChain4j's own model classes for the configured provider; the pipeline sees only ChatModel. */
public final class ChatModelFactory {

    private static final String OLLAMA_DEFAULT = "http://localhost:11434";

    private ChatModelFactory() {}

    public static Optional<ChatModel> create(LlmConfig config) {
        return switch (config.provider()) {
            case "openai" ->
                Optional.of(OpenAiChatModel.builder()
                        .baseUrl(openAiBaseUrl(config))
                        .apiKey(apiKey(config))
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .maxTokens(config.maxTokens())
                        .timeout(config.timeoutDuration())
                        // Our own fallback is the retry: a second attempt would only double the wait.
                        .maxRetries(0)
                        .build());
            case "ollama" ->
                Optional.of(OllamaChatModel.builder()
                        .baseUrl(ollamaBaseUrl(config))
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .numPredict(config.maxTokens())
                        .timeout(config.timeoutDuration())
                        .maxRetries(0)
                        .build());
            default -> Optional.empty();
        };
    }

    /** The same provider's streaming client, for front ends that show an answer as it is written. */
    public static Optional<StreamingChatModel> createStreaming(LlmConfig config) {
        return switch (config.provider()) {
            case "openai" ->
                Optional.of(OpenAiStreamingChatModel.builder()
                        .baseUrl(openAiBaseUrl(config))
                        .apiKey(apiKey(config))
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .maxTokens(config.maxTokens())
                        .timeout(config.timeoutDuration())
                        .build());
            case "ollama" ->
                Optional.of(OllamaStreamingChatModel.builder()
                        .baseUrl(ollamaBaseUrl(config))
                        .modelName(config.model())
                        .temperature(config.temperature())
                        .numPredict(config.maxTokens())
                        .timeout(config.timeoutDuration())
                        .build());
            default -> Optional.empty();
        };
    }

    /** Empty means OpenAI itself, which the client knows as its default. */
    private static String openAiBaseUrl(LlmConfig config) {
        return config.baseUrl().isBlank() ? null : config.baseUrl();
    }

    /** Local OpenAI-compatible servers need no key, but the client insists on one. */
    private static String apiKey(LlmConfig config) {
        return config.apiKey().isBlank() ? "no-key" : config.apiKey();
    }

    private static String ollamaBaseUrl(LlmConfig config) {
        return config.baseUrl().isBlank() ? OLLAMA_DEFAULT : config.baseUrl();
    }
}
