package dev.backchannel.notes;

import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Optional;

/**
 * What adding a course-notes file did.
 *
 * @param topic the topic kept; empty when the file was refused
 * @param replaced whether it replaced the server's topic of the same id and language
 * @param errors why it was refused, each with its line
 * @param warnings what the curated knowledge base would also require, kept anyway
 */
public record AddOutcome(Optional<Topic> topic, boolean replaced, List<Problem> errors, List<Problem> warnings) {

    public AddOutcome {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static AddOutcome refused(List<Problem> errors) {
        return new AddOutcome(Optional.empty(), false, errors, List.of());
    }

    public boolean added() {
        return topic.isPresent();
    }
}
