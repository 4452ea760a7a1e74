package dev.backchannel.question;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One thing a question asks for, and the sections that answer it.
 *
 * @param sections slugs of the sections that answer this type of question, in both languages, the
 *     section written for it first
 * @param ranked whether the sections are best first, so that the first a topic has answers; else
 *     the best sentence of any of them does
 */
public record Intent(QuestionType type, Set<String> sections, boolean ranked) {

    public Intent(QuestionType type, Set<String> sections) {
        this(type, sections, false);
    }

    public Intent {
        sections = Collections.unmodifiableSet(new LinkedHashSet<>(sections));
    }
}
