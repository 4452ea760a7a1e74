package dev.backchannel.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.question.Intent;
import dev.backchannel.question.QuestionType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class IntentDescriptionsTest {

    private final IntentDescriptions descriptions = new IntentDescriptions();

    @Test
    void twoIntentsAreNamedInTheirOrder() {
        String asked = descriptions.of(
                List.of(new Intent(QuestionType.CAUSE, Set.of()), new Intent(QuestionType.OUTCOME, Set.of())));

        assertThat(asked).isEqualTo("the reason it happened; what came of it: its result");
    }

    @Test
    void everyQuestionTypeIsDescribed() {
        for (QuestionType type : QuestionType.values()) {
            assertThat(descriptions.of(List.of(new Intent(type, Set.of())))).isNotBlank();
        }
    }
}
