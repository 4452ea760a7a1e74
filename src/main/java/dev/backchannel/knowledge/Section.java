package dev.backchannel.knowledge;

import java.util.List;

/**
 * One {@code ##} section of a topic's body.
 *
 * @param questions questions the section answers, as students would ask them: searched, never
 *     quoted
 * @param line the 1-based line of the heading in the file, for error messages
 */
public record Section(String heading, String slug, String text, List<String> questions, int line) {

    public Section {
        questions = List.copyOf(questions);
    }
}
