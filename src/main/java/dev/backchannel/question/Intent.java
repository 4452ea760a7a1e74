package dev.backchannel.question;

import java.util.Set;

/**
 * One thing a question asks for, and the sections that answer it.
 *
 * @param sections slugs of the sections that answer this type of question, in both languages
 */
public record Intent(QuestionType type, Set<String> sections) {

    public Intent {
        sections = Set.copyOf(sections);
    }
}
