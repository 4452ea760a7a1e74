package dev.backchannel.answer;

import dev.backchannel.knowledge.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of an answer's sources: a section of a topic and the citation numbers that point into
 * it. A long section is indexed in parts, and an answer quoting two parts cites each; listed apart,
 * they read as the same source given twice.
 *
 * @param numbers the citation numbers, in order
 * @param passage the first cited passage of the section, for its title, section name and address
 */
public record CitedSection(List<Integer> numbers, Passage passage) {

    public CitedSection {
        numbers = List.copyOf(numbers);
    }

    /** The sections of a list of citations, in the order of their first citation. */
    static List<CitedSection> of(List<Citation> citations) {
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        Map<String, Passage> first = new LinkedHashMap<>();
        for (Citation citation : citations) {
            Passage passage = citation.passage();
            // A later part of a split section is keyed by its first part, as the parts of one source.
            String section = passage.sectionOpeningKey().orElse(passage.key()) + "|" + passage.notedBy();
            numbers.computeIfAbsent(section, k -> new ArrayList<>()).add(citation.n());
            first.putIfAbsent(section, passage);
        }
        return first.entrySet().stream()
                .map(entry -> new CitedSection(numbers.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** The topic's title and the section's heading, as a source is named. */
    public String label() {
        return passage.title() + " — " + passage.section();
    }

    /** The numbers as they are shown in the answer's text: "[1]" or "[1][2]". */
    public String markers() {
        StringBuilder markers = new StringBuilder();
        numbers.forEach(n -> markers.append('[').append(n).append(']'));
        return markers.toString();
    }
}
