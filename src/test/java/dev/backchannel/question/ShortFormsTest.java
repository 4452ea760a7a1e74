package dev.backchannel.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ShortFormsTest {

    private final ShortForms shortForms = new ShortForms(Lexicon.standard().shortForms());

    @Test
    @DisplayName("chat's short forms are read as the words they stand for, in either case")
    void expandsWholeWords() {
        assertThat(shortForms.expand("VN bị Mỹ cấm vận tới năm nào, sao ko gỡ sớm hơn?"))
                .isEqualTo("Việt Nam bị Mỹ cấm vận tới năm nào, sao không gỡ sớm hơn?");
        assertThat(shortForms.expand("why do govts bother?")).isEqualTo("why do governments bother?");
        assertThat(shortForms.expand("cho mik vai vd ve qh Viet - My nx"))
                .isEqualTo("cho mình vai ví dụ ve quan hệ Viet - My nữa");
    }

    @Test
    @DisplayName("a short form inside a longer word, a number or a name is left as written")
    void leavesOtherWordsAlone() {
        String question = "Did the 10k-strong vnexpress readership or Kovacs's tqm notes matter?";

        assertThat(shortForms.expand(question)).isEqualTo(question);
    }
}
