package dev.backchannel.discord.answering;

import dev.backchannel.answer.Answer;
import dev.backchannel.ops.Metrics;
import dev.backchannel.store.QuestionLog;
import dev.backchannel.store.QuestionOrigin;
import dev.backchannel.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each Discord answer in the database and the metrics; a database failure is logged and
 * the user still gets the answer.
 */
final class Records {

    private static final Logger log = LoggerFactory.getLogger(Records.class);

    private final QuestionLog questions;
    private final Metrics metrics;

    Records(QuestionLog questions, Metrics metrics) {
        this.questions = questions;
        this.metrics = metrics;
    }

    /** The stored question's id, or -1 when it could not be recorded (or was already). */
    long question(Answer answer, QuestionOrigin origin, String answerId) {
        metrics.record(answer);
        try {
            return questions.recordQuestion(answer, origin, answerId);
        } catch (StoreException e) {
            log.error("Question {} answered but not recorded", answerId, e);
            return -1;
        }
    }
}
