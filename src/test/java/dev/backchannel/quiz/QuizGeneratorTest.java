package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.Kind;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class QuizGeneratorTest {

    private final KnowledgeBase knowledge = new KnowledgeBase(
            new KnowledgeLoader().load(Fixtures.realKnowledge()).topics(), Chunker.standard(), "v");
    private final QuizGenerator generator = new QuizGenerator(() -> knowledge);

    @Test
    @DisplayName("questions come from summaries with the answer's name hidden, four "
            + "options of the same kind, and a cited explanation")
    void questions() {
        Quiz quiz = generator.generate("q1", Language.EN, 5, Optional.of(Kind.TRACK), new Random(7));

        assertThat(quiz.questions()).hasSize(5);
        for (QuizQuestion question : quiz.questions()) {
            String answer = question.options().get(question.correct());
            assertThat(question.options()).hasSize(4).doesNotHaveDuplicates();
            assertThat(question.prompt())
                    .startsWith("Which topic does this describe?")
                    .doesNotContain(answer);
            assertThat(question.explanation()).endsWith("[1]");
            assertThat(question.sourceUrl()).startsWith("http");
        }
    }

    @Test
    @DisplayName("a Vietnamese quiz is in Vietnamese, and the same seed gives the same quiz")
    void vietnameseAndRepeatable() {
        Quiz first = generator.generate("a", Language.VI, 3, Optional.empty(), new Random(3));
        Quiz again = generator.generate("a", Language.VI, 3, Optional.empty(), new Random(3));

        assertThat(first.questions().get(0).prompt()).startsWith("Mô tả sau nói về chủ đề nào?");
        assertThat(again).isEqualTo(first);
    }
}
