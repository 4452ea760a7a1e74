package dev.backchannel.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;

/**
 * About four characters a token, plus a little per message. The models behind the bot differ and
 * most have no tokenizer on the class path; bounding conversation memory needs only an estimate.
 */
final class ApproximateTokenCount implements TokenCountEstimator {

    private static final int PER_MESSAGE = 4;

    @Override
    public int estimateTokenCountInText(String text) {
        return text == null ? 0 : (text.length() + 3) / 4;
    }

    @Override
    public int estimateTokenCountInMessage(ChatMessage message) {
        String text;
        if (message instanceof UserMessage user) {
            text = user.hasSingleText() ? user.singleText() : user.toString();
        } else if (message instanceof AiMessage ai) {
            text = ai.text();
        } else if (message instanceof SystemMessage system) {
            text = system.text();
        } else {
            text = message.toString();
        }
        return PER_MESSAGE + estimateTokenCountInText(text);
    }

    @Override
    public int estimateTokenCountInMessages(Iterable<ChatMessage> messages) {
        int total = 0;
        for (ChatMessage message : messages) {
            total += estimateTokenCountInMessage(message);
        }
        return total;
    }
}
