package dev.backchannel.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.knowledge.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

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
}
