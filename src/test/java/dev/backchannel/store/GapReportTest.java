package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class GapReportTest {

    private static RecordedQuestion asked(long id, String text, boolean abstained) {
        return asked(id, text, abstained, false);
    }

    private static RecordedQuestion asked(long id, String text, boolean abstained, boolean privately) {
        return new RecordedQuestion(
                id,
                Instant.EPOCH,
                "discord",
                text,
                "en",
                "extractive",
                abstained,
                abstained ? List.of() : List.of("track-two"),
                "An answer [1].",
                privately);
    }

    @Test
    @DisplayName("what students typed is shown as text in the Markdown report: no tag, masked link, "
            + "mention, formatting or heading of theirs takes effect")
    void userTextIsInert() {
        RecordedQuestion hostile =
                asked(1, "<script>alert(1)</script> [free nitro](http://evil.example) **now** <@&123> @everyone", true);
        RecordedQuestion formatted = asked(2, "`code` ~~gone~~ ||spoiler|| _it_\n# Heading", false);

        String markdown =
                new GapReport(Instant.EPOCH, List.of(hostile, formatted), List.of(formatted), List.of()).markdown();

        assertThat(markdown)
                .doesNotContain("<script>", "[free nitro](", "**now**", "<@&123>", "`code`", "~~gone~~", "||spoiler||")
                .contains("\\<script\\>alert(1)\\</script\\>")
                .contains("\\[free nitro\\](http://evil.example)")
                .contains("\\*\\*now\\*\\*")
                .contains("\\@everyone")
                .contains("\\`code\\` \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| \\_it\\_ # Heading → track-two");
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("# Heading"));
    }

    @Test
    @DisplayName("a question asked privately is counted, as asked, unanswered or voted down, and never listed")
    void privateQuestionsCountedNotShown() throws Exception {
        RecordedQuestion open = asked(1, "Who won the 2022 World Cup?", true);
        RecordedQuestion unanswered = asked(2, "", true, true);
        RecordedQuestion downVoted = asked(3, "", false, true);

        GapReport report =
                new GapReport(Instant.EPOCH, List.of(open, unanswered, downVoted), List.of(downVoted), List.of());

        assertThat(report.markdown())
                .contains("- Questions asked: 3")
                .contains("- Not answered (abstained): 2")
                .contains("- Answers voted down: 1")
                .contains("- Asked privately, counted but not shown: 2")
                .doesNotContain("→ track-two");
        assertThat(report.markdown().lines().filter(line -> line.contains(" × ")))
                .containsExactly("- 1 × Who won the 2022 World Cup?");
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertThat(json.get("asked_privately").asInt()).isEqualTo(2);
        assertThat(json.get("unanswered")).hasSize(1);
        assertThat(json.get("down_voted")).isEmpty();
    }

    @Test
    @DisplayName("an empty section says none, so the report does not read as cut off")
    void emptySectionsSayNone() {
        String markdown = new GapReport(Instant.EPOCH, List.of(), List.of(), List.of()).markdown();

        assertThat(markdown)
                .contains("## Questions the knowledge base could not answer\n\nnone\n")
                .contains("## Answers voted down\n\nnone\n")
                .contains("## Answers reported\n\nnone\n");
    }

    @Test
    @DisplayName("a reported answer is listed with its number, reason, question, answer and what the reporter "
            + "wrote, as inert text; a privately asked one shows neither question nor answer")
    void reportedAnswersListed() throws Exception {
        ReportedAnswer shown = new ReportedAnswer(
                7,
                Instant.EPOCH,
                "When was the Oslo channel?",
                "The Oslo channel ran in 1993 [1].",
                ProblemReason.WRONG_FACT,
                "It began in 1992 <@&1> **really**",
                false);
        ReportedAnswer hidden =
                new ReportedAnswer(8, Instant.EPOCH, "", "", ProblemReason.NOT_WHAT_WAS_ASKED, "", true);

        GapReport report = new GapReport(Instant.EPOCH, List.of(), List.of(), List.of(shown, hidden));

        assertThat(report.markdown())
                .contains("- Answers reported, not yet resolved: 2")
                .contains("- #7 (wrong fact) When was the Oslo channel? → The Oslo channel ran in 1993 \\[1\\]."
                        + " · said: It began in 1992 \\<\\@\\&1\\> \\*\\*really\\*\\*")
                .contains("- #8 (not what was asked) asked privately\n");
        JsonNode json = new ObjectMapper().readTree(report.json()).get("reported");
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("reason").asText()).isEqualTo("wrong-fact");
        assertThat(json.get(1).get("question").asText()).isEmpty();
    }
}
