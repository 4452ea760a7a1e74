package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SessionReportTest {

    @Test
    @DisplayName("a session's summary and its Markdown transcript show what students and the educator "
            + "typed as text: no tag, masked link or formatting of theirs takes effect")
    void userTextIsInert() {
        QaSession session =
                new QaSession("s1", "c", "Week 3 **live** <b>", "teacher", Instant.EPOCH, Optional.of(Instant.EPOCH));
        SessionEntry hostile = new SessionEntry(
                1,
                "student",
                "<script>alert(1)</script> [free nitro](http://evil.example)\n# Heading",
                "The knowledge base does not cover this question.",
                true,
                List.of(),
                List.of());

        SessionReport report = new SessionReport(session, List.of(hostile));

        for (String shown : List.of(report.summary(), report.markdown())) {
            assertThat(shown)
                    .contains("\\<script\\>alert(1)\\</script\\> \\[free nitro\\](http://evil.example) # Heading")
                    .doesNotContain("<script>", "[free nitro](");
            assertThat(shown.lines()).noneMatch(line -> line.startsWith("# Heading"));
        }
        assertThat(report.markdown()).startsWith("# Week 3 \\*\\*live\\*\\* \\<b\\>\n");
        assertThat(report.json()).contains("<script>alert(1)</script>");
    }
}
