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

        String markdown = new GapReport(Instant.EPOCH, List.of(hostile, formatted), List.of(formatted)).markdown();

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

        GapReport report = new GapReport(Instant.EPOCH, List.of(open, unanswered, downVoted), List.of(downVoted));

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
        String markdown = new GapReport(Instant.EPOCH, List.of(), List.of()).markdown();

        assertThat(markdown)
                .contains("## Questions the knowledge base could not answer\n\nnone\n")
                .contains("## Answers voted down\n\nnone\n");
    }
}
