package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class CuePhrasesTest {

    @Test
    @DisplayName("a cue finds exactly the phrases it stands for: choices, optional words, any words, numbers")
    void findsWhatItStandsFor() {
        Pattern kinds = CuePhrases.compile("has [two|three|#] [main|basic|] [forms|kinds]");

        assertThat(kinds.matcher("it has two main forms").find()).isTrue();
        assertThat(kinds.matcher("it has 3 kinds of talks").find()).isTrue();
        assertThat(kinds.matcher("it has three forms").find()).isTrue();
        assertThat(kinds.matcher("it has two main").find()).isFalse();
        assertThat(kinds.matcher("it has twofold forms").find()).isFalse();
        assertThat(kinds.matcher("perhaps two forms").find()).isFalse();

        Pattern anyWords = CuePhrases.compile("^what did * lead to");
        assertThat(anyWords.matcher("what did the oslo talks lead to").find()).isTrue();
        assertThat(anyWords.matcher("so what did it lead to").find()).isFalse();

        Pattern optionalOpening = CuePhrases.compile("[duoc|] hieu [nhu|] the nao");
        assertThat(optionalOpening.matcher("nhanh iii duoc hieu nhu the nao").find())
                .isTrue();
        assertThat(optionalOpening.matcher("nhanh iii hieu the nao").find()).isTrue();
        assertThat(optionalOpening.matcher("nhanh iii duochieu the nao").find()).isFalse();
    }

    @Test
    @DisplayName("_ stands for exactly one word, so a cue can bound how far into a sentence it looks")
    void oneWord() {
        Pattern closedByThis = CuePhrases.compileWritten("^_ [_|] [_|] [này|ấy]");

        assertThat(closedByThis
                        .matcher("cách đánh số này không khớp với mô hình chín kênh")
                        .find())
                .isTrue();
        assertThat(closedByThis.matcher("kênh này mở năm 1993").find()).isTrue();
        assertThat(closedByThis.matcher("này là một ví dụ").find()).isFalse();
        assertThat(closedByThis
                        .matcher("kênh oslo năm 1993 là ví dụ về điều này")
                        .find())
                .isFalse();
    }

    @Test
    @DisplayName("every phrase a cue stands for is one the cue's pattern finds")
    void patternAgreesWithExpansion() {
        String cue = "[takes|comes in] [two|several] [main|] [forms|kinds|ways]";
        Pattern pattern = CuePhrases.compile(cue);

        assertThat(CuePhrases.expand(cue))
                .hasSize(2 * 2 * 2 * 3)
                .allMatch(phrase -> pattern.matcher("it " + phrase + " here").find());
    }

    @Test
    void aCueThatOpensTheQuestionStillMatchesAfterTheWordsAQuestionMayBeginWith() {
        Pattern why = CuePhrases.compile("^why", List.of("so", "and", "ok"));

        assertThat(why.matcher("so why did it fail").find()).isTrue();
        assertThat(why.matcher("ok and why did it fail").find()).isTrue();
        assertThat(why.matcher("why did it fail").find()).isTrue();
        assertThat(why.matcher("the reason why it failed").find()).isFalse();
    }

    @Test
    @DisplayName(
            "looking a cue's needed words up first never drops a question the cue matches, for every shipped question cue")
    void neededWordsNeverHideAMatch() {
        for (String language : List.of("en", "vi")) {
            WordLists.grouped("lexicon/" + language + "/question-cues.txt").values().stream()
                    .flatMap(List::stream)
                    .forEach(written -> {
                        Cue cue = CuePhrases.cue(written, List.of());
                        CuePhrases.expand(written).stream().limit(64).forEach(phrase -> {
                            String question = "so tell me "
                                    + phrase.replace("*", "the talks")
                                            .replace("#", "3")
                                            .replace("_", "oslo") + " please";
                            String asked = CuePhrases.anchored(written)
                                    ? question.substring("so tell me ".length())
                                    : question;
                            assertThat(cue.foundIn(asked, Set.copyOf(Arrays.asList(asked.split(" ")))))
                                    .as("cue '%s' in '%s'", written, asked)
                                    .isTrue();
                        });
                    });
        }
    }

    @Test
    @DisplayName("a cue whose words are all absent from a question is not tried on it")
    void absentWordsRuleACueOut() {
        Cue cue = CuePhrases.cue("[why|how come] * [fail|failed]", List.of());

        assertThat(cue.needsOneOf()).containsExactlyInAnyOrder("why", "how");
        assertThat(cue.foundIn("why did marigold fail", Set.of("why", "did", "marigold", "fail")))
                .isTrue();
        assertThat(cue.foundIn("what failed", Set.of("what", "failed"))).isFalse();
        assertThat(CuePhrases.cue("[so|] * called", List.of()).needsOneOf()).containsExactly("called");
    }
}
