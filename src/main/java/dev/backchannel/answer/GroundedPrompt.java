package dev.backchannel.answer;

import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.Intent;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages sent to a language model: the versioned system prompt from resources, then the
 * numbered passages and the question inside tags, so that the model can tell data from rules, and
 * what kind of answer the question asks for.
 */
public final class GroundedPrompt {

    /** The prompt in use; bump the file name, not its content, when the wording changes. */
    static final String RESOURCE = "/prompts/grounded-answer-v2.txt";

    private final String system;
    private final IntentDescriptions intents = new IntentDescriptions();

    public GroundedPrompt() {
        try (InputStream in = GroundedPrompt.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            this.system = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules the model is given, which its answer must not repeat. */
    String system() {
        return system;
    }

    /**
     * The system rules, the earlier turns of the conversation, then passages, question and what the
     * question asks for, which the answer's first sentence is to give.
     */
    List<ChatMessage> messages(
            String question, List<Intent> asked, Language language, List<Passage> passages, List<ChatMessage> history) {
        StringBuilder user = new StringBuilder();
        user.append("<passages>\n");
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            user.append("<passage number=\"")
                    .append(i + 1)
                    .append("\" title=\"")
                    .append(escape(passage.title()))
                    .append(" — ")
                    .append(escape(passage.section()))
                    .append("\">\n");
            user.append(escape(passage.text())).append("\n</passage>\n");
        }
        user.append("</passages>\n\n<question>\n").append(escape(question)).append("\n</question>\n\n");
        user.append("The question asks for: ").append(intents.of(asked)).append(".\n");
        user.append("Answer in ")
                .append(language == Language.VI ? "Vietnamese" : "English")
                .append(", citing passages by number.");
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system));
        messages.addAll(history);
        messages.add(UserMessage.from(user.toString()));
        return messages;
    }

    /** Keeps text from closing our tags: a question cannot pretend the passages ended. */
    private static String escape(String text) {
        return text.replace("<", "‹").replace(">", "›");
    }
}
