package dev.backchannel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backchannel.store.Database;
import dev.backchannel.store.TestPostgres;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rate limits on a real PostgreSQL server, as two bot processes share them. */
final class SharedRateLimiterPostgresTest {

    @Test
    @DisplayName(
            "a user's limit holds across two processes: the fourth question of three a minute is refused on either")
    void limitHoldsAcrossProcesses() {
        String url = TestPostgres.freshDatabase();
        try (Database first = Database.open(url, Clock.systemUTC());
                Database second = Database.open(url, Clock.systemUTC())) {
            RateLimiter one = Gate.limiterFor(first, Clock.systemUTC());
            RateLimiter two = Gate.limiterFor(second, Clock.systemUTC());

            assertThat(one.acquire("user:ana", 3)).isZero();
            assertThat(two.acquire("user:ana", 3)).isZero();
            assertThat(one.acquire("user:ana", 3)).isZero();
            assertThat(two.acquire("user:ana", 3)).isBetween(1L, 20L);
            assertThat(one.acquire("user:ana", 3)).isBetween(1L, 20L);
            assertThat(two.acquire("user:binh", 3)).isZero();
        }
    }
}
