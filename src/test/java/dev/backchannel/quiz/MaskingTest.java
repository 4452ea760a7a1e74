package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class MaskingTest {

    private static Masked mask(String text, Language language, String... names) {
        return Masking.mask(
                text,
                List.of(names).stream().map(name -> Tokens.keys(name, language)).toList(),
                language);
    }

    @Test
    @DisplayName("a name is hidden wherever it stands, whatever its case and diacritics, plurals included")
    void foldedAnywhere() {
        assertThat(mask(
                                "Ngoai giao nhanh II là đối thoại; ngoại giao nhánh ii cũng vậy.",
                                Language.VI,
                                "Ngoại giao nhánh II")
                        .text())
                .isEqualTo("▁▁▁ là đối thoại; ▁▁▁ cũng vậy.");
        assertThat(mask("Back channels ran through Moscow.", Language.EN, "back channel")
                        .text())
                .isEqualTo("▁▁▁ ran through Moscow.");
    }

    @Test
    @DisplayName("the longer name wins, names meeting at a dash become one gap, and a gap closes its brackets")
    void longestJoinedClosed() {
        assertThat(mask("Track II diplomacy and Track II differ.", Language.EN, "Track II", "Track II diplomacy")
                        .text())
                .isEqualTo("▁▁▁ and ▁▁▁ differ.");
        assertThat(mask("The Kissinger–Lê Đức Thọ talks began.", Language.EN, "Kissinger", "Le Duc Tho"))
                .isEqualTo(new Masked("The ▁▁▁ talks began.", 4));
        assertThat(mask(
                                "The Northern Ireland back channel ('the Link') was secret.",
                                Language.EN,
                                "Northern Ireland back channel ('the Link')")
                        .text())
                .isEqualTo("The ▁▁▁ was secret.");
    }

    @Test
    @DisplayName("a word inside another word is not a name: Paris is not hidden in Parisian")
    void wholeWordsOnly() {
        assertThat(mask("A Parisian flat in Paris.", Language.EN, "Paris").text())
                .isEqualTo("A Parisian flat in ▁▁▁.");
    }
}
