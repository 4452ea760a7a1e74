package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class CitedSectionTest {

    @Test
    @DisplayName("two parts of one long section are listed as one source with both numbers")
    void partsOfOneSectionShareALine() {
        List<Citation> citations = List.of(
                new Citation(1, passage("track-two#dinh-nghia-1", "Định nghĩa")),
                new Citation(2, passage("track-two#quan-he-voi-cac-kenh-khac", "Quan hệ với các kênh khác")),
                new Citation(3, passage("track-two#dinh-nghia-2", "Định nghĩa")));

        List<CitedSection> sections = CitedSection.of(citations);

        assertThat(sections).extracting(CitedSection::markers).containsExactly("[1][3]", "[2]");
        assertThat(sections.get(0).passage().id()).isEqualTo("track-two#dinh-nghia-1");
    }

    private static Passage passage(String id, String section) {
        return new Passage(
                id,
                "track-two",
                Language.VI,
                Kind.TRACK,
                "Ngoại giao kênh 2",
                section,
                "Kênh 2 là đối thoại không chính thức.",
                List.of(),
                List.of());
    }
}
