package dev.backchannel.config;

import java.time.Duration;

/**
 * The language model that writes answers from the retrieved passages, when one is configured.
 *
 * @param provider {@code none} (extractive answers), {@code openai} (any OpenAI-compatible
 *     endpoint at {@code baseUrl}) or {@code ollama}
 * @param apiKey from the environment ({@code BACKCHANNEL_LLM_API_KEY}); never printed
 * @param timeout seconds a whole answer may take before the extractive answer is used instead
 * @param passages how many retrieved passages the model is given
 * @param failuresBeforeCooldown consecutive failures after which the provider is skipped
 * @param cooldown seconds it is skipped before it is tried again
 */
public record LlmConfig(
        String provider,
        String baseUrl,
        String model,
        String apiKey,
        double temperature,
        double timeout,
        int maxTokens,
        int passages,
        int failuresBeforeCooldown,
        double cooldown) {

    public LlmConfig {
        if (!provider.equals("none") && !provider.equals("openai") && !provider.equals("ollama")) {
            throw new IllegalArgumentException("llm.provider must be none, openai or ollama, was " + provider);
        }
        if (timeout <= 0 || cooldown < 0 || passages < 1 || failuresBeforeCooldown < 1) {
            throw new IllegalArgumentException(
                    "llm.timeout, llm.passages and llm.failures-before-cooldown must be positive");
        }
    }

    public Duration timeoutDuration() {
        return Duration.ofMillis((long) (timeout * 1000));
    }

    public Duration cooldownDuration() {
        return Duration.ofMillis((long) (cooldown * 1000));
    }

    public boolean enabled() {
        return !provider.equals("none");
    }

    /** Says whether a key is set, never the key: this record may end up in a log line. */
    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "none" : "set") + ", temperature=" + temperature + ", timeout=" + timeout
                + "s, maxTokens=" + maxTokens + "]";
    }
}
