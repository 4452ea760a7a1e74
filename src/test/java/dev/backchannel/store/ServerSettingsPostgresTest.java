package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Server settings on PostgreSQL, and what a fleet adds: a change in one process seen by the others. */
final class ServerSettingsPostgresTest extends ServerSettingsContract {

    private String url;

    @BeforeEach
    void database() {
        url = TestPostgres.freshDatabase();
    }

    @Override
    String url() {
        return url;
    }

    @Test
    @DisplayName("a change made by one process is seen by another's cache at its next read, within a second")
    void changeSeenAcrossTheFleet() throws Exception {
        try (Database databaseA = Database.open(url, CLOCK);
                Database databaseB = Database.open(url, CLOCK);
                ServerSettingsCache a = ServerSettingsCache.open(databaseA);
                ServerSettingsCache b = ServerSettingsCache.open(databaseB)) {
            assertThat(b.awaitListening(Duration.ofSeconds(5))).isTrue();
            assertThat(b.get(GUILD).language()).isEqualTo(AnswerLanguage.AUTO);

            set(a, Setting.LANGUAGE, "vi");

            Instant deadline = Instant.now().plusSeconds(1);
            while (b.get(GUILD).language() != AnswerLanguage.VI && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(b.get(GUILD).language()).isEqualTo(AnswerLanguage.VI);
        }
    }
}
