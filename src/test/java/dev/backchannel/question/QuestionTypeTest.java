package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.SectionKinds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuestionTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a question is read as the kind of answer it asks for, in either language, with or without diacritics")
    @CsvSource(
            delimiter = '|',
            value = {
                "list the nine tracks of multi-track diplomacy | LIST",
                "what kinds of third-party roles are there? | LIST",
                "what roles do think tanks play in diplomacy? | LIST",
                "what are the eight fundamentals in the UN guidance? | LIST",
                "mô hình ngoại giao đa kênh gồm những kênh nào? | LIST",
                "ngoai giao khoa hoc gom nhung hinh thuc nao | LIST",
                "ba trụ cột của nền ngoại giao Việt Nam là gì? | LIST",
                "what is Track II diplomacy? | DEFINITION",
                "examples of backchannel diplomacy | EXAMPLES",
                "Track II vs Track 1.5 | COMPARISON",
                "who hosted the Aceh talks? | PEOPLE",
                "Carter sang Triều Tiên khi nào? | TIME",
            })
    void readsTheKind(String question, QuestionType type) {
        assertThat(new QuestionTypes(Lexicon.standard(), SectionKinds.standard()).of(question))
                .isEqualTo(type);
    }
}
