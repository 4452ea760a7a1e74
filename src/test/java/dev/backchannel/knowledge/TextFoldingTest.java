package dev.backchannel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TextFoldingTest {

    @Test
    @DisplayName("Vietnamese folds to what people type without diacritics, đ included")
    void folds() {
        assertThat(TextFolding.fold("Ngoại giao nhánh II, Đối thoại")).isEqualTo("ngoai giao nhanh ii, doi thoai");
    }

    @Test
    @DisplayName("slugs are ASCII words joined by dashes")
    void slugs() {
        assertThat(TextFolding.slug("Định nghĩa")).isEqualTo("dinh-nghia");
        assertThat(TextFolding.slug("Relation to other tracks")).isEqualTo("relation-to-other-tracks");
        assertThat(TextFolding.slug("???")).isEqualTo("section");
    }

    @Test
    @DisplayName("a vulgar fraction keeps its digits, so Track 1½ is not Track 1")
    void fractions() {
        assertThat(TextFolding.foldWords("Track 1½")).isNotEqualTo(TextFolding.foldWords("Track 1"));
    }
}
