package dev.backchannel.answer;

import dev.backchannel.question.EarlierTurn;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.TokenWindowChatMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recent turns of one conversation (a console chat, a Discord thread), so a follow-up such as
 * "and Track III?" or "who started it?" is read in the light of what came before.
 */
public final class Conversation {

    /**
     * What is remembered of one answered question: enough to resolve "it" and to show a model the
     * exchange, and small enough to be stored so any process can continue the conversation.
     *
     * @param firstTitle the title of the first cited passage, which "it" refers back to
     */
    public record Turn(String question, String answer, List<String> topicIds, String firstTitle) {
        public Turn {
            topicIds = List.copyOf(topicIds);
        }

        static Turn of(Answer answer) {
            return new Turn(
                    answer.question(),
                    answer.text(),
                    answer.citedTopicIds(),
                    answer.citations().get(0).passage().title());
        }
    }

    private static final int REMEMBERED_TURNS = 3;

    /** What a language model is shown of the conversation: the last turns, within this many tokens. */
    private static final int MEMORY_TOKENS = 1_200;

    private final List<Turn> turns = new ArrayList<>();
    private final ChatMemory memory = TokenWindowChatMemory.withMaxTokens(MEMORY_TOKENS, new ApproximateTokenCount());

    public Conversation() {}

    /** A conversation continued from stored turns, oldest first. */
    public static Conversation of(List<Turn> earlier) {
        Conversation conversation = new Conversation();
        earlier.forEach(conversation::remember);
        return conversation;
    }

    public synchronized void remember(Answer answer) {
        if (answer.abstained() || answer.citations().isEmpty()) {
            return;
        }
        remember(Turn.of(answer));
    }

    private synchronized void remember(Turn turn) {
        memory.add(UserMessage.from(turn.question()));
        memory.add(AiMessage.from(turn.answer()));
        turns.add(0, turn);
        if (turns.size() > REMEMBERED_TURNS) {
            turns.remove(turns.size() - 1);
        }
    }

    /** The last answered question and the topic its answer cited first, if any. */
    public synchronized Optional<EarlierTurn> last() {
        return turns.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new EarlierTurn(turns.get(0).question(), turns.get(0).firstTitle()));
    }

    /** The recent turns as chat messages, oldest first, bounded in tokens. */
    public synchronized List<ChatMessage> history() {
        return List.copyOf(memory.messages());
    }

    /** The texts of the remembered answers, most recent first. */
    public synchronized List<String> earlierAnswers() {
        return turns.stream().map(Turn::answer).toList();
    }

    /** Topics of the most recent answered turns, most recent first. */
    public synchronized List<String> recentTopics() {
        List<String> topics = new ArrayList<>();
        for (Turn turn : turns) {
            turn.topicIds().stream().limit(1).filter(id -> !topics.contains(id)).forEach(topics::add);
        }
        return topics;
    }
}
