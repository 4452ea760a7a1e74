package dev.backchannel.store;

import org.junit.jupiter.api.BeforeEach;

/** What is kept about people, on a real PostgreSQL server (see {@link TestPostgres}), one new database per test. */
final class PersonalDataPostgresTest extends PersonalDataContract {

    private String url;

    @BeforeEach
    void database() {
        url = TestPostgres.freshDatabase();
    }

    @Override
    String url() {
        return url;
    }
}
