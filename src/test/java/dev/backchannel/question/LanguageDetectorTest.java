package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector(Lexicon.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ngoại giao nhánh II là gì? | VI",
                "ngoai giao nhanh II la gi | VI",
                "ngoai giao cua sau la gi | VI",
                "Pugwash là gì | VI",
                "ai la nguoi dat ra thuat ngu track two | VI",
                "What is Track II diplomacy? | EN",
                "Who won the 2022 World Cup? | EN",
                "Pugwash | EN",
                "Track II: what? (AND \"x | EN",
            })
    void detects(String question, Language expected) {
        assertThat(detector.detect(question)).isEqualTo(expected);
    }

    @Test
    @DisplayName("a Vietnamese question that switches to English is cut into its English clause and the rest")
    void switchedQuestion() {
        LanguageParts parts = detector.parts(
                "mình cần hiểu: how do two governments keep talking secretly khi không thể đàm phán?", List.of());

        assertThat(parts.english()).containsExactly("how", "do", "two", "governments", "keep", "talking", "secretly");
        assertThat(parts.rest()).containsExactly("mình", "cần", "hiểu", "khi", "không", "thể", "đàm", "phán");
        assertThat(parts.switchesToEnglish()).isTrue();
    }

    @Test
    @DisplayName("a name with an apostrophe stays one word, as the index has it")
    void apostropheInsideAName() {
        LanguageParts parts = detector.parts("Sant'Egidio đã làm gì ở Mozambique, 'thật' không?", List.of());

        assertThat(parts.english()).containsExactly("Sant'Egidio", "Mozambique");
        assertThat(parts.rest()).contains("thật");
    }

    @Test
    @DisplayName(
            "a Vietnamese name inside an English question leaves it English; in a Vietnamese one, it stays Vietnamese")
    void vietnameseNamesInAnEnglishQuestion() {
        assertThat(detector.detect("Who was Lê Đức Thọ?")).isEqualTo(Language.EN);
        assertThat(detector.detect("Why did Aubrac and Marcovich go to Hà Nội in 1967?"))
                .isEqualTo(Language.EN);
        assertThat(detector.detect("Lê Đức Thọ là ai?")).isEqualTo(Language.VI);
        assertThat(detector.detect("Tại sao Mỹ ném bom Hà Nội?")).isEqualTo(Language.VI);
        assertThat(detector.detect("what was the mật đàm Lê Đức Thọ – Kissinger?"))
                .isEqualTo(Language.VI);
        assertThat(detector.detect("Phạm Văn Đồng")).isEqualTo(Language.VI);
    }

    @Test
    @DisplayName("Vietnamese typed without diacritics is not mistaken for English")
    void unaccentedIsNotEnglish() {
        LanguageParts parts = detector.parts("ngoai giao cua sau la gi, nguoi ta dung khi nao", List.of());

        assertThat(parts.english()).isEmpty();
        assertThat(parts.switchesToEnglish()).isFalse();
    }

    @Test
    @DisplayName("unaccented Vietnamese made only of syllables this domain never uses "
            + "is still Vietnamese, and short English stays English")
    void unaccentedOutsideTheDomain() {
        assertThat(detector.detect("lich chieu phim cuoi tuan o ha noi")).isEqualTo(Language.VI);
        assertThat(detector.detect("mai ha noi co mua khong")).isEqualTo(Language.VI);
        assertThat(detector.detect("who won the cup")).isEqualTo(Language.EN);
        assertThat(detector.detect("Oslo 1993")).isEqualTo(Language.EN);
    }

    @Test
    @DisplayName("an English topic name or a borrowed word or two is not a switch to English")
    void namesAndBorrowedWords() {
        LanguageParts named =
                detector.parts("Chatham House Rule được dùng trong các cuộc họp nào?", List.of("chatham house rule"));
        LanguageParts borrowed = detector.parts(
                "ngoại giao kênh 2 có hiệu quả không, hay chỉ là talk show?", List.of("ngoai giao kenh 2"));

        assertThat(named.english()).isEmpty();
        assertThat(named.rest()).startsWith("Chatham", "House", "Rule");
        assertThat(borrowed.english()).containsExactly("talk", "show");
        assertThat(borrowed.switchesToEnglish()).isFalse();
    }
}
