package dev.backchannel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SentencesTest {

    @Test
    @DisplayName("initials and abbreviations do not end a sentence")
    void initials() {
        assertThat(Sentences.split("Joseph V. Montville coined it in the U.S. in 1981. It "
                        + "stuck, e.g. in Oslo. Done! J.C. Hall helped."))
                .containsExactly(
                        "Joseph V. Montville coined it in the U.S. in 1981.",
                        "It stuck, e.g. in Oslo.",
                        "Done!",
                        "J.C. Hall helped.");
    }

    @Test
    @DisplayName("Vietnamese sentences split at their full stops")
    void vietnamese() {
        assertThat(Sentences.split("Ngoại giao nhánh II là đối thoại. Đặt ra năm 1981."))
                .containsExactly("Ngoại giao nhánh II là đối thoại.", "Đặt ra năm 1981.");
    }

    @Test
    @DisplayName("each list item is a sentence of its own, without its bullet")
    void listItems() {
        assertThat(Sentences.split("Examples:\n- Oslo in 1993\n- Aceh in 2005. Signed in Helsinki.\n\nAfter the list."))
                .containsExactly(
                        "Examples:", "Oslo in 1993", "Aceh in 2005.", "Signed in Helsinki.", "After the list.");
    }

    @Test
    @DisplayName("a list item's sentences share its block, and the paragraph on "
            + "the line after the last item is not part of it")
    void listItemsAreMarked() {
        assertThat(Sentences.marked(
                        "Roles:\n- a messenger;\n- a mediator. It proposes terms.\nGo-betweens differ too."))
                .containsExactly(
                        new Sentences.Sentence("Roles:", 0, false),
                        new Sentences.Sentence("a messenger;", 1, true),
                        new Sentences.Sentence("a mediator.", 2, true),
                        new Sentences.Sentence("It proposes terms.", 2, true),
                        new Sentences.Sentence("Go-betweens differ too.", 3, false));
    }

    @Test
    @DisplayName("words are counted between runs of white space, with none at either end counted")
    void countsWords() {
        assertThat(Sentences.wordCount("")).isZero();
        assertThat(Sentences.wordCount("   \n\t ")).isZero();
        assertThat(Sentences.wordCount("  Track  II\tdiplomacy\n(kênh 2). ")).isEqualTo(5);
    }
}
