package dev.backchannel.store;

import java.time.Instant;

/**
 * An open report of a problem with an answer, as educators read it.
 *
 * @param id the number an educator marks it resolved by
 * @param question the question, empty when it was asked privately
 * @param answer the answer, empty when the question was asked privately
 * @param details what the reporter wrote, possibly empty
 */
public record ReportedAnswer(
        long id,
        Instant reportedAt,
        String question,
        String answer,
        ProblemReason reason,
        String details,
        boolean askedPrivately) {}
