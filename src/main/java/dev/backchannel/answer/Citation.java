package dev.backchannel.answer;

import dev.backchannel.knowledge.Passage;

/** A numbered reference from an answer to one retrieved passage. */
public record Citation(int n, Passage passage) {

    public String passageId() {
        return passage.id();
    }

    public String topicId() {
        return passage.topicId();
    }
}
