package dev.backchannel.answer;

import dev.backchannel.knowledge.UnsafeMarkup;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * One answer streamed by a model. The reader is shown each piece cleaned as it arrives (no
 * mentions, masked links or tags, nothing past the answer's length, nothing once it repeats the
 * prompt), and the stream can be abandoned for good: after {@link #abandon()} nothing more reaches
 * the reader and the connection is closed, at once or at the next token if none has come yet.
 */
final class ModelStream implements StreamingChatResponseHandler {

    /** The stream stopped without saying the answer was done: what came is not the whole answer. */
    static final class CutShort extends RuntimeException {
        CutShort() {
            super("the stream ended before the answer did");
        }
    }

    private final PartialAnswers reader;
    private final int maxChars;
    private final int readChars;
    private final PromptEcho echo;
    private final CompletableFuture<ChatResponse> response = new CompletableFuture<>();
    // The lock makes abandon() wait for a piece being handed to the reader: once it returns, no
    // piece is being shown and none will be.
    private final Object lock = new Object();
    private final StringBuilder text = new StringBuilder();
    private String shown = "";
    private boolean open = true;
    private boolean muted;
    private StreamingHandle handle;

    /**
     * @param maxChars the most characters shown, as the checked answer may hold
     * @param readChars the most characters of the stream read to show it
     */
    ModelStream(PartialAnswers reader, int maxChars, int readChars, PromptEcho echo) {
        this.reader = reader;
        this.maxChars = maxChars;
        this.readChars = readChars;
        this.echo = echo;
    }

    /** The whole answer once the model says it is done; a {@link CutShort} if it never says. */
    Future<ChatResponse> response() {
        return response;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        synchronized (lock) {
            if (!open) {
                context.streamingHandle().cancel();
                return;
            }
            handle = context.streamingHandle();
            if (muted) {
                return;
            }
            String token = partial.text();
            text.append(token, 0, Math.min(token.length(), readChars - text.length()));
            String piece = UnsafeMarkup.finishedPart(text.toString());
            // Past the answer's length or into the prompt's words, the reader waits for the check.
            if (piece.length() > maxChars || text.length() >= readChars || echo.in(piece)) {
                muted = true;
                return;
            }
            if (!piece.equals(shown)) {
                shown = piece;
                reader.accept(piece);
            }
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse complete) {
        if (complete.finishReason() == null) {
            response.completeExceptionally(new CutShort());
        } else {
            response.complete(complete);
        }
    }

    @Override
    public void onError(Throwable error) {
        response.completeExceptionally(error);
    }

    /** Stops showing the stream and closes it, for good. */
    void abandon() {
        synchronized (lock) {
            open = false;
            if (handle != null) {
                handle.cancel();
            }
        }
    }
}
