package dev.backchannel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ChunkerTest {

    private static Topic topic(Section... sections) {
        return new Topic(
                "track-two",
                Language.EN,
                Kind.TRACK,
                "Track II diplomacy",
                List.of(),
                "Summary.",
                List.of(),
                List.of(),
                List.of(new Source("Wikipedia", "https://en.wikipedia.org/wiki/Track_II_diplomacy")),
                List.of(sections),
                Path.of("track-two.md"));
    }

    private static String sentences(int count, int wordsEach) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("Word".repeat(1))
                    .append(" word".repeat(wordsEach - 2))
                    .append(" end")
                    .append(i)
                    .append(". ");
        }
        return text.toString().trim();
    }

    @Test
    @DisplayName("each section becomes one passage with a stable id, its heading, title and source URLs")
    void onePassagePerSection() {
        List<Passage> passages = Chunker.standard()
                .passages(topic(
                        new Section("Definition", "definition", "Short text here.", List.of(), 10),
                        new Section("Định nghĩa gốc", "dinh-nghia-goc", "Other text.", List.of(), 14)));

        assertThat(passages)
                .extracting(Passage::id)
                .containsExactly("track-two#definition", "track-two#dinh-nghia-goc");
        assertThat(passages.get(0).section()).isEqualTo("Definition");
        assertThat(passages.get(0).title()).isEqualTo("Track II diplomacy");
        assertThat(passages.get(0).urls()).containsExactly("https://en.wikipedia.org/wiki/Track_II_diplomacy");
    }

    @Test
    @DisplayName("a long section is split on sentence boundaries into passages of 60 to 180 words, numbered")
    void longSectionIsSplit() {
        String text = sentences(30, 15);
        List<Passage> passages =
                Chunker.standard().passages(topic(new Section("Origin", "origin", text, List.of(), 3)));

        assertThat(passages).hasSizeGreaterThan(1);
        assertThat(passages).extracting(Passage::id).startsWith("track-two#origin-1", "track-two#origin-2");
        for (Passage passage : passages) {
            assertThat(Sentences.wordCount(passage.text())).isBetween(60, 180);
            assertThat(passage.text()).endsWith(".");
        }
        assertThat(String.join(" ", passages.stream().map(Passage::text).toList()))
                .isEqualTo(text);
    }
}
