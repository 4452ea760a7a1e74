package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.config.AnswerConfig;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionType;
import dev.backchannel.retrieval.Hit;
import dev.backchannel.retrieval.Retrieval;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lists in the passages, quoted by the extractive composer. */
final class ExtractiveComposerTest {

    private static final String TRACKS = """
      The model names nine tracks:
      1. government diplomacy;
      2. professional conflict resolution;
      3. business and commerce;
      4. private citizens;
      5. research, training and education;
      6. activism and advocacy;
      7. religion;
      8. funding of peace work;
      9. public opinion and the media.
      The authors drew the nine tracks as a circle.""";

    private final ExtractiveComposer composer =
            new ExtractiveComposer(Fixtures.terms(), new AnswerConfig(5, 300, 1000, List.of()), Lexicon.standard());

    private static Retrieval retrieval(QuestionType type, String text) {
        return retrieval(type, text, "track");
    }

    private static Retrieval retrieval(QuestionType type, String text, String askedTerm) {
        Passage passage = new Passage(
                "model#tracks",
                "model",
                Language.EN,
                Kind.TERM,
                "The model",
                "The nine tracks",
                text,
                List.of("https://example.org"),
                List.of());
        return new Retrieval(
                Fixtures.question("which tracks?", Language.EN, type, Map.of(askedTerm, 1.0)),
                Language.EN,
                List.of(new Hit(passage, 1, 0)),
                1,
                1,
                0);
    }

    @Test
    @DisplayName("a question asking for a list gets every item that fits in an answer")
    void listQuestionGetsWholeList() {
        String text = composer.compose(retrieval(QuestionType.LIST, TRACKS)).text();

        assertThat(text)
                .startsWith("The model names nine tracks: government diplomacy; professional conflict resolution;")
                .contains("public opinion and the media. [1]");
    }

    @Test
    @DisplayName("a list cut short to leave room for other sentences ends in an "
            + "ellipsis, and its left-out items are not quoted alone")
    void cutListSaysSo() {
        String text = composer.compose(retrieval(QuestionType.GENERAL, TRACKS)).text();

        assertThat(text)
                .contains("; … [1]")
                .doesNotContain("public opinion and the media")
                .contains("The authors drew the nine tracks as a circle. [1]");
    }

    @Test
    @DisplayName(
            "the paragraph written on the line after a list's last item is quoted as its own sentence, not as an item")
    void paragraphAfterListIsNotAnItem() {
        String text = composer.compose(retrieval(
                        QuestionType.LIST,
                        "Roles form a ladder:\n- a messenger passes words on;\n- a mediator "
                                + "proposes terms.\nTracks differ in who takes part."))
                .text();

        assertThat(text)
                .contains("a messenger passes words on; a mediator proposes terms. [1]")
                .contains("Tracks differ in who takes part. [1]");
    }

    @Test
    @DisplayName("of a list too long to quote whole, the items the question asks about are the ones kept")
    void cutListKeepsAskedItems() {
        String text = composer.compose(retrieval(QuestionType.GENERAL, TRACKS, "media"))
                .text();

        assertThat(text).contains("public opinion and the media; … [1]").doesNotContain("activism");
    }

    @Test
    @DisplayName("a fact written twice in other words, as two sections may, is quoted once")
    void restatedFactQuotedOnce() {
        String text = composer.compose(retrieval(
                        QuestionType.GENERAL,
                        "The peace talks hosted by Sant'Egidio lasted about 27 months and ended with the General "
                                + "Peace Accord, signed in Rome on 4 October 1992 by President Chissano and Afonso "
                                + "Dhlakama. After 27 months of talks, the General Peace Accord was signed in Rome on "
                                + "4 October 1992 by the two parties. The accord was monitored by the UN.",
                        "accord"))
                .text();

        assertThat(text).contains("Afonso Dhlakama. [1]").doesNotContain("After 27 months");
    }

    @Test
    @DisplayName("a sentence opening with 'They' is quoted after the sentence it points back at")
    void pronounKeepsItsAntecedent() {
        String text = composer.compose(retrieval(
                        QuestionType.GENERAL,
                        "The channel began in 1990 with two envoys. The talks lasted about 27 "
                                + "months in total. They ended with an accord signed in Rome.",
                        "accord"))
                .text();

        assertThat(text)
                .contains(
                        "The talks lasted about 27 months in total. [1] They ended with an accord signed in Rome. [1]");
    }

    @Test
    @DisplayName(
            "a Vietnamese sentence opening with 'Những' (plural) is quoted alone; one opening with 'Nhưng' (but) is not")
    void pluralIsNotBut() {
        String plural = composeVietnamese("Những học giả dự đối thoại kênh 2 nói với tư cách cá nhân.");
        String but = composeVietnamese("Nhưng học giả dự đối thoại kênh 2 nói với tư cách cá nhân.");

        assertThat(plural).startsWith("Những học giả");
        assertThat(but).doesNotContain("Nhưng học giả");
    }

    /** An answer from two passages, the first of which is the given sentence alone. */
    private String composeVietnamese(String leading) {
        Passage first = vietnamesePassage("topic#a", leading);
        Passage second = vietnamesePassage("topic#b", "Kênh 2 là đối thoại không chính thức giữa các bên.");
        Retrieval retrieval = new Retrieval(
                Fixtures.question("học giả?", Language.VI, QuestionType.GENERAL, Map.of("hoc", 1.0, "gia", 1.0)),
                Language.VI,
                List.of(new Hit(first, 1, 0), new Hit(second, 0.5, 1)),
                1,
                1,
                0);
        return composer.compose(retrieval).text();
    }

    private static Passage vietnamesePassage(String id, String text) {
        return new Passage(
                id,
                "topic",
                Language.VI,
                Kind.TERM,
                "Kênh 2",
                "Định nghĩa",
                text,
                List.of("https://example.org"),
                List.of());
    }
}
