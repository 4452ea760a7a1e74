package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class DiscordLimitsTest {

    @Test
    @DisplayName("shortening never cuts a citation marker or a link in half")
    void shortenKeepsMarkersAndLinks() {
        String answer = "First claim. [1] Second claim about Track II. [2] Third claim [3]";
        String cut = DiscordLimits.shorten(answer, 40);

        assertThat(cut)
                .hasSizeLessThanOrEqualTo(40)
                .endsWith("…")
                .contains("[1]")
                .doesNotContain("[2");
        String linked = "See [Track II — Origin](https://en.wikipedia.org/wiki/Track_II_diplomacy) and more";
        assertThat(DiscordLimits.shorten(linked, 60)).isEqualTo("See…");
    }

    @Test
    @DisplayName("source lines are packed into fields of at most 1,024 characters, whole lines only")
    void packsWholeLines() {
        String line = "[1] " + "x".repeat(400);
        List<String> chunks = DiscordLimits.pack(List.of(line, line, line, line), DiscordLimits.FIELD_VALUE);

        assertThat(chunks).hasSize(2).allMatch(c -> c.length() <= 1024);
        assertThat(String.join("\n", chunks)).isEqualTo(String.join("\n", line, line, line, line));
    }
}
