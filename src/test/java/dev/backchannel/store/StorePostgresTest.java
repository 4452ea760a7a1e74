package dev.backchannel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backchannel.config.StoreConfig;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The database and its repositories on a real PostgreSQL server (see {@link TestPostgres}), one new
 * database per test.
 */
final class StorePostgresTest extends StoreContract {

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
    @DisplayName("a wrong password is refused with a message that does not repeat it")
    void passwordNeverShown() {
        String withPassword = url.replace("user=postgres", "user=nobody_here&password=s3cret-value");

        assertThatThrownBy(() -> Database.open(new StoreConfig(withPassword, "", "", 2, 365), Clock.systemUTC()))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("s3cret-value")
                        .contains("Cannot use the database"));
    }
}
