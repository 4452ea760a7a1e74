package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class GapReportTest {

    private static RecordedQuestion asked(long id, String text, boolean abstained) {
        return new RecordedQuestion(
                id,
                Instant.EPOCH,
                "discord",
                text,
                "en",
                "extractive",
                abstained,
                abstained ? List.of() : List.of("track-two"),
                "An answer [1].");
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
}
