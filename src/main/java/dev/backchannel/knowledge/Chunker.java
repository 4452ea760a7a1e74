package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts topics into passages: one per section, and a long section into several at sentence
 * boundaries, so that a citation points at a paragraph-sized piece a reader can check.
 */
public final class Chunker {

    private final int targetWords;
    private final int maxWords;

    public Chunker(int targetWords, int maxWords) {
        if (targetWords <= 0 || maxWords < targetWords) {
            throw new IllegalArgumentException("need 0 < targetWords <= maxWords");
        }
        this.targetWords = targetWords;
        this.maxWords = maxWords;
    }

    public static Chunker standard() {
        return new Chunker(120, 180);
    }

    public List<Passage> passages(Topic topic) {
        return passages(topic, "");
    }

    /** The passages of a topic of a server's course notes, each saying who added it. */
    public List<Passage> passages(Topic topic, String notedBy) {
        List<Passage> passages = new ArrayList<>();
        for (Section section : topic.sections()) {
            List<String> pieces = split(section.text());
            String baseId = topic.id() + "#" + section.slug();
            for (int i = 0; i < pieces.size(); i++) {
                String id = pieces.size() == 1 ? baseId : baseId + "-" + (i + 1);
                passages.add(new Passage(
                        id,
                        topic.id(),
                        topic.language(),
                        topic.kind(),
                        topic.title(),
                        section.heading(),
                        pieces.get(i),
                        topic.sources().stream().map(Source::url).toList(),
                        section.questions(),
                        notedBy));
            }
        }
        return passages;
    }

    private List<String> split(String text) {
        int total = Sentences.wordCount(text);
        if (total <= maxWords) {
            // Kept as written: list items stay on their own lines for display and sentence splitting.
            return List.of(text.lines()
                    .map(String::strip)
                    .collect(java.util.stream.Collectors.joining("\n"))
                    .strip());
        }
        int parts = (int) Math.ceil(total / (double) targetWords);
        int perPart = (int) Math.ceil(total / (double) parts);
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String sentence : Sentences.split(text)) {
            int sentenceWords = Sentences.wordCount(sentence);
            if (words > 0 && words + sentenceWords > perPart && words + sentenceWords / 2 >= perPart) {
                pieces.add(current.toString().trim());
                current.setLength(0);
                words = 0;
            }
            current.append(sentence).append(' ');
            words += sentenceWords;
        }
        if (words > 0) {
            pieces.add(current.toString().trim());
        }
        return pieces;
    }
}
