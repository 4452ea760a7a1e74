package dev.backchannel.discord.answering;

import dev.backchannel.answer.Conversation;
import dev.backchannel.store.AnswerThreads;
import dev.backchannel.store.StoreException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversations of the threads the bot opened, kept in the database so a follow-up is
 * understood by whichever process receives it, after any restart.
 */
final class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);

    private final AnswerThreads threads;

    Conversations(AnswerThreads threads) {
        this.threads = threads;
    }

    /** The conversation a channel continues, when it is a thread the bot opened on an answer. */
    Optional<Conversation> of(String channelId) {
        try {
            return threads.conversation(channelId).map(Conversation::of);
        } catch (StoreException e) {
            log.error("Conversation of thread {} not read; answering without it", channelId, e);
            return Optional.empty();
        }
    }

    /** Remembers that a thread continues an answer; a failure costs only the follow-up context. */
    void opened(String threadId, String answerRef) {
        try {
            threads.openThread(threadId, answerRef);
        } catch (StoreException e) {
            log.error("Thread {} on answer {} not recorded", threadId, answerRef, e);
        }
    }
}
