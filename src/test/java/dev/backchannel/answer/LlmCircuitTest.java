package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.MovableClock;
import dev.backchannel.config.LlmConfig;
import dev.backchannel.knowledge.Language;
import dev.backchannel.question.QuestionType;
import dev.backchannel.retrieval.Retrieval;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class LlmCircuitTest {

    private static final class FailingModel implements ChatModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            throw new IllegalStateException("provider down");
        }
    }

    @Test
    @DisplayName("the circuit reads open while a failing provider is skipped, and closed again after the cool-down")
    void circuitState() {
        MovableClock clock = new MovableClock();
        LlmConfig config = new LlmConfig("openai", "", "test-model", "", 0.2, 5, 100, 6, 2, 60);
        Retrieval retrieval = new Retrieval(
                Fixtures.question("What is Track II?", Language.EN, QuestionType.GENERAL, Map.of()),
                Language.EN,
                List.of(),
                0,
                0,
                0);
        try (LlmAnswerer answerer =
                new LlmAnswerer(new FailingModel(), Optional.empty(), new GroundedPrompt(), config, 700, clock)) {
            assertThat(answerer.circuitOpen()).isFalse();

            answerer.write(retrieval, List.of(), new Conversation(), PartialAnswers.NONE);
            assertThat(answerer.circuitOpen()).isFalse();
            answerer.write(retrieval, List.of(), new Conversation(), PartialAnswers.NONE);
            assertThat(answerer.circuitOpen()).isTrue();

            clock.advance(java.time.Duration.ofSeconds(61));
            assertThat(answerer.circuitOpen()).isFalse();
        }
    }
}
