package dev.backchannel.quiz;

import java.util.List;
import java.util.Set;

/**
 * One choice of a question, as the checks see it.
 *
 * @param key what it is, whatever its label: a topic's id, a fact's folded words
 * @param label what the student reads
 * @param group what kind of thing it is ("example", "year"): all options of a question share it
 * @param names every way the knowledge base writes it, label included, as the keys of their words
 * @param distinctive its words a student could match in a stem
 */
record Option(String key, String label, String group, List<List<String>> names, Set<String> distinctive) {

    Option {
        names = names.stream().map(List::copyOf).toList();
        distinctive = Set.copyOf(distinctive);
    }
}
