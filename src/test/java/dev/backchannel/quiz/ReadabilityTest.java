package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.Language;
import dev.backchannel.question.Lexicon;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReadabilityTest {

    private final Readability readability =
            new Readability(QuizRules.shipped(), Lexicon.standard().dependentOpenings());

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The first secret meeting was held on 4 August ▁▁▁ at Jean Sainteny's flat in Paris. | 1 | true",
                "▁▁▁ is a process in which a third party helps the parties settle a conflict. | 1 | true",
                "▁▁▁: minister and head of the DRV delegation, partner at the first meeting. | 2 | false",
                "They met in ▁▁▁ in the summer of that year, far from the press. | 1 | false",
                "The ▁▁▁ and ▁▁▁ met secretly in a villa outside the city centre. | 2 | false",
                "The network's full name is the ▁▁▁. | 6 | false",
                "▁▁▁ brought both sides to a villa outside the city centre and | 1 | false",
                "Cuộc gặp đầu tiên diễn ra tại ▁▁▁ ngày 4/8/1969, trong căn hộ của Jean Sainteny. | 1 | true",
                "Hai bên gặp nhau tại ▁▁▁ ngày 4/8/1969, trong căn hộ của Jean Sainteny. | 1 | false",
                "Điều này cho thấy ▁▁▁ có vai trò quan trọng trong đàm phán. | 1 | false",
            })
    @DisplayName("a stem reads as a sentence")
    void reads(String text, int hiddenWords, boolean reads) {
        Language language = text.matches(".*[ạảãộđơưễệ].*") ? Language.VI : Language.EN;

        assertThat(readability.reads(new Masked(text.strip(), hiddenWords), language))
                .isEqualTo(reads);
    }
}
