package dev.backchannel.answer;

/** A question that cannot be answered as typed; the message is shown to the user as is. */
public final class InvalidQuestionException extends RuntimeException {

    public InvalidQuestionException(String userMessage) {
        super(userMessage);
    }
}
