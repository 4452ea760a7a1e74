package dev.backchannel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CaseRulesTest {

    @TempDir
    Path temp;

    private List<String> problemsAfter(String language, String from, String to) throws IOException {
        Path dir = Fixtures.copyOf(Fixtures.fixtureKnowledge(), temp.resolve("knowledge"));
        Path file = dir.resolve(language + "/oslo-backchannel.md");
        Files.writeString(file, Files.readString(file).replace(from, to));
        return new CaseRules()
                .check(new KnowledgeLoader().load(dir).topics()).stream()
                        .map(Problem::describe)
                        .toList();
    }

    @Test
    @DisplayName("the fixture's case has its period and track in both languages")
    void fixtureCaseIsPlaced() {
        assertThat(new CaseRules()
                        .check(new KnowledgeLoader()
                                .load(Fixtures.fixtureKnowledge())
                                .topics()))
                .isEmpty();
    }

    @Test
    @DisplayName("a case written without period and track, as an older branch writes it, is told what to add")
    void missingFieldsSayWhatToWrite() throws IOException {
        List<String> problems = problemsAfter("en", "period: \"1993\"\ntrack: backchannel-diplomacy\n", "");

        assertThat(problems)
                .containsExactly(
                        temp.resolve("knowledge/en/oslo-backchannel.md")
                                + ":1: error: a case needs its period for the timeline: add a front-matter line"
                                + " 'period: \"1993\"' with the years the case's own text gives, written as one year"
                                + " (\"1993\"), a span (\"1969-1973\") or a start still going on (\"1957-\")",
                        temp.resolve("knowledge/en/oslo-backchannel.md")
                                + ":1: error: a case needs its track for the timeline: add a front-matter line"
                                + " 'track: <id>' naming the track the case's text says it exemplifies, one of"
                                + " backchannel-diplomacy, track-three, track-two");
    }

    @Test
    @DisplayName("the two languages of a case must give the same period and track")
    void languagesAgree() throws IOException {
        List<String> problems = problemsAfter(
                "vi", "period: \"1993\"\ntrack: backchannel-diplomacy", "period: \"1992-1993\"\ntrack: track-two");

        assertThat(problems)
                .hasSize(4)
                .anyMatch(
                        p -> p.contains("en/oslo-backchannel.md:1: error: period '1993' differs from '1992-1993' in "))
                .anyMatch(p -> p.contains("vi/oslo-backchannel.md:1: error: track 'track-two' differs from"
                        + " 'backchannel-diplomacy' in "));
    }
}
