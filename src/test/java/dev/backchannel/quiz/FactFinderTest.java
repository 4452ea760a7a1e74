package dev.backchannel.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class FactFinderTest {

    private static final List<Topic> TOPICS =
            new KnowledgeLoader().load(Fixtures.realKnowledge()).topics();

    private final FactFinder finder =
            new FactFinder(QuizLexicon.shipped(), SectionKinds.standard(), new Glosses(QuizLexicon.shipped()));

    private static Topic topic(String id, Language language) {
        return TOPICS.stream()
                .filter(t -> t.id().equals(id) && t.language() == language)
                .findFirst()
                .orElseThrow();
    }

    private List<String> facts(String id, Language language, FactType type) {
        return finder.facts(topic(id, language), Optional.of(topic(id, language.other()))).stream()
                .filter(fact -> fact.type() == type)
                .map(Fact::text)
                .toList();
    }

    @Test
    @DisplayName("the Paris talks' people are the names opening its who-was-involved items, titles taken off, in "
            + "both languages; a capitalised phrase like Bộ Chính trị is no person")
    void people() {
        assertThat(facts("paris-secret-talks", Language.EN, FactType.PERSON))
                .contains("Henry Kissinger", "Lê Đức Thọ", "Xuân Thủy", "Jean Sainteny", "Vernon Walters")
                .doesNotContain("General Vernon Walters", "Richard Nixon's");
        assertThat(facts("paris-secret-talks", Language.VI, FactType.PERSON))
                .contains("Henry Kissinger", "Lê Đức Thọ", "Xuân Thủy")
                .noneMatch(person -> person.startsWith("Bộ") || person.startsWith("Việt Nam"));
    }

    @Test
    @DisplayName("years come from the sentences and the period; places follow in, at, tại or ở")
    void yearsAndPlaces() {
        assertThat(facts("paris-secret-talks", Language.EN, FactType.YEAR)).contains("1969", "1970", "1973");
        assertThat(facts("paris-secret-talks", Language.EN, FactType.PLACE))
                .contains("Paris", "Avord")
                .doesNotContain("Jean Sainteny", "February");
        assertThat(facts("carter-north-korea-1994", Language.VI, FactType.PLACE))
                .doesNotContain("Tháng");
    }

    @Test
    @DisplayName("without the other language's version there is nothing to tell names from phrases: only years")
    void onlyYearsAlone() {
        assertThat(finder.facts(topic("oslo-backchannel", Language.EN), Optional.empty()))
                .extracting(Fact::type)
                .containsOnly(FactType.YEAR);
    }
}
