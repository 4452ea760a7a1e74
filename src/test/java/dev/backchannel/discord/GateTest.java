package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.config.DiscordConfig;
import dev.backchannel.knowledge.Language;
import dev.backchannel.store.AnswerLanguage;
import dev.backchannel.store.ServerSettings;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The gate with a server's settings inside the operator's bounds. */
final class GateTest {

    private static final DiscordConfig OPERATOR = DiscordMocks.config(5, List.of());

    private static ServerSettings settings(
            Set<String> answer, Set<String> ignored, OptionalInt perMinute, Map<String, String> desks) {
        return new ServerSettings(AnswerLanguage.AUTO, answer, ignored, "", false, true, perMinute, desks);
    }

    private static Gate gate(DiscordConfig operator, ServerSettings server) {
        return DiscordMocks.gate(operator, guild -> "g".equals(guild) ? server : ServerSettings.DEFAULTS);
    }

    @Test
    @DisplayName("answer channels keep the bot to them (and the server's help desks); other servers are not affected")
    void answerChannels() {
        Gate gate = gate(OPERATOR, settings(Set.of("c1"), Set.of(), OptionalInt.empty(), Map.of("forum", "")));

        assertThat(gate.allows("g", "c1")).isTrue();
        assertThat(gate.allows("g", "forum")).isTrue();
        assertThat(gate.allows("g", "c2")).isFalse();
        assertThat(gate.check("g", "c2", "u", Language.EN))
                .hasValueSatisfying(text -> assertThat(text).contains("not enabled in this channel"));
        assertThat(gate.allows("other", "c2")).isTrue();
    }

    @Test
    @DisplayName("an ignored channel is never answered in, even when it is also an answer channel")
    void ignoredChannels() {
        Gate gate = gate(OPERATOR, settings(Set.of("c1"), Set.of("c1"), OptionalInt.empty(), Map.of()));

        assertThat(gate.allows("g", "c1")).isFalse();
        assertThat(gate.check("g", "c1", "u", Language.VI))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Bot chưa được bật ở kênh này"));
    }

    @Test
    @DisplayName("a server cannot open a channel the operator's allow-list closes")
    void operatorAllowListWins() {
        Gate gate = gate(
                DiscordMocks.config(5, List.of("c1")), settings(Set.of("c2"), Set.of(), OptionalInt.empty(), Map.of()));

        assertThat(gate.allows("g", "c2")).isFalse();
        assertThat(gate.allows("g", "c1")).isFalse();
    }

    @Test
    @DisplayName(
            "a server's lower per-user limit applies; the operator's ceiling still holds if the server's is above it")
    void perUserLimit() {
        Gate strict = gate(OPERATOR, settings(Set.of(), Set.of(), OptionalInt.of(2), Map.of()));
        Gate above = gate(OPERATOR, settings(Set.of(), Set.of(), OptionalInt.of(50), Map.of()));

        assertThat(strict.check("g", "c", "u", Language.EN)).isEmpty();
        assertThat(strict.check("g", "c", "u", Language.EN)).isEmpty();
        assertThat(strict.check("g", "c", "u", Language.EN))
                .hasValueSatisfying(text -> assertThat(text).contains("try again in 30 seconds"));
        for (int i = 0; i < 5; i++) {
            assertThat(above.check("g", "c", "v", Language.EN)).isEmpty();
        }
        assertThat(above.check("g", "c", "v", Language.EN)).isPresent();
    }
}
