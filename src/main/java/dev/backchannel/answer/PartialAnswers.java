package dev.backchannel.answer;

/**
 * Receives an answer while a language model writes it: the whole text so far, each time it grows.
 * The text is not checked yet: the final {@link Answer} is what may be kept.
 */
@FunctionalInterface
public interface PartialAnswers {

    /** For callers that only want the final answer. */
    PartialAnswers NONE = soFar -> {};

    void accept(String soFar);
}
