package dev.backchannel.answer;

import dev.backchannel.config.LlmConfig;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.retrieval.Retrieval;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Has a language model write the answer from the retrieved passages, through LangChain4j's
 * {@link ChatModel}, then checks it ({@link ModelAnswerCheck}). Any failure is an outcome, not an
 * exception: the caller answers extractively and says why.
 */
public final class LlmAnswerer implements AutoCloseable {

    /** What the model produced: a checked answer, or the reason there is none. */
    sealed interface Outcome permits Written, Failed {}

    /** A checked answer: text whose markers all name {@code passages}, numbered from 1. */
    record Written(String text, List<Passage> passages, List<Integer> cited) implements Outcome {}

    /** Why the model's answer is not used. */
    record Failed(String reason) implements Outcome {}

    private final ChatModel model;
    private final Optional<StreamingChatModel> streaming;
    private final GroundedPrompt prompt;
    private final LlmConfig config;
    private final PromptEcho echo;
    private final int maxChars;
    private final int readChars;
    private final ModelAnswerCheck check;
    private final CircuitBreaker breaker;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "backchannel-llm");
        thread.setDaemon(true);
        return thread;
    });

    public LlmAnswerer(
            ChatModel model,
            Optional<StreamingChatModel> streaming,
            GroundedPrompt prompt,
            LlmConfig config,
            int answerMaxChars,
            Clock clock) {
        this.model = model;
        this.streaming = streaming;
        this.prompt = prompt;
        this.config = config;
        ModelOutputLimits limits = ModelOutputLimits.load();
        this.echo = new PromptEcho(prompt.system(), limits.echoWords());
        this.maxChars = limits.maxChars(answerMaxChars);
        this.readChars = limits.readChars(answerMaxChars);
        this.check = new ModelAnswerCheck(echo, maxChars, readChars);
        this.breaker = new CircuitBreaker(
                "LLM provider " + config.provider(), config.failuresBeforeCooldown(), config.cooldownDuration(), clock);
    }

    /**
     * @param conversation its earlier turns, sent to the model, and its earlier answers, which the
     *     written answer must not repeat
     * @param partial receives the answer so far while it is written, when the provider streams and
     *     the caller wants it; {@link PartialAnswers#NONE} otherwise
     */
    Outcome write(Retrieval retrieval, List<Passage> passages, Conversation conversation, PartialAnswers partial) {
        if (!breaker.allows()) {
            return new Failed("provider skipped after repeated failures (cooling down)");
        }
        List<Passage> given = passages.subList(0, Math.min(config.passages(), passages.size()));
        List<ChatMessage> messages = prompt.messages(
                retrieval.question().text(),
                retrieval.question().intents(),
                retrieval.language(),
                given,
                conversation.history());
        Optional<ModelStream> stream = streaming
                .filter(client -> partial != PartialAnswers.NONE)
                .map(client -> {
                    ModelStream answer = new ModelStream(partial, maxChars, readChars, echo);
                    client.chat(messages, answer);
                    return answer;
                });
        Future<ChatResponse> call =
                stream.map(ModelStream::response).orElseGet(() -> calls.submit(() -> model.chat(messages)));
        ChatResponse response;
        try {
            response = call.get(config.timeoutDuration().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failed("timeout after " + config.timeout() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        } catch (ExecutionException e) {
            return failed(reason(e.getCause()));
        } finally {
            // Whatever happened, the model has nothing more to say to the reader: the answer from
            // here on is the checked one, or the extractive one.
            stream.ifPresentOrElse(ModelStream::abandon, () -> call.cancel(true));
        }
        String text = response == null || response.aiMessage() == null
                ? null
                : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            return failed("empty answer from the provider");
        }
        breaker.success();
        ModelAnswerCheck.Verdict verdict = check.check(text, given.size(), conversation.earlierAnswers());
        if (verdict instanceof ModelAnswerCheck.Kept kept) {
            return new Written(kept.text(), given, kept.cited());
        }
        return new Failed(((ModelAnswerCheck.Refused) verdict).reason());
    }

    /** Whether the provider is being skipped after repeated failures: the circuit gauge. */
    public boolean circuitOpen() {
        return !breaker.allows();
    }

    private Failed failed(String reason) {
        breaker.failure(reason);
        return new Failed(reason);
    }

    /** A short, secret-free description of a provider failure. */
    static String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ModelStream.CutShort) {
                return cause.getMessage();
            }
            if (cause instanceof RateLimitException) {
                return "rate limited by the provider";
            }
            if (cause instanceof HttpException http) {
                return "HTTP " + http.statusCode() + " from the provider";
            }
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return "cannot connect to the provider";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof dev.langchain4j.exception.TimeoutException) {
                return "timeout";
            }
        }
        return "provider error (" + error.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
