package dev.backchannel.discord;

import dev.backchannel.answer.Answer;
import dev.backchannel.store.Store;
import dev.backchannel.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records Discord questions; a database failure is logged and the user still gets the answer. */
final class Records {

  private static final Logger log = LoggerFactory.getLogger(Records.class);

  private Records() {}

  /** The stored question's id, or -1 when it could not be recorded. */
  static long question(Store store, Answer answer, String channelId, String userId, String answerId) {
    try {
      return store.recordQuestion(answer, "discord", channelId, userId, answerId);
    } catch (StoreException e) {
      log.error("Question {} answered but not recorded", answerId, e);
      return -1;
    }
  }
}
