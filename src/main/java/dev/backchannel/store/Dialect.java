package dev.backchannel.store;

import java.util.Locale;

/** The two databases the store runs on, and the little that differs between them. */
public enum Dialect {
    SQLITE("classpath:db/migration/sqlite", "rowid"),
    POSTGRESQL("classpath:db/migration/postgresql", "seq");

    private final String migrations;
    private final String insertionOrder;

    Dialect(String migrations, String insertionOrder) {
        this.migrations = migrations;
        this.insertionOrder = insertionOrder;
    }

    static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException(
                "store.jdbc-url must start with jdbc:sqlite: or jdbc:postgresql:, was " + JdbcUrls.redact(jdbcUrl),
                null);
    }

    String migrations() {
        return migrations;
    }

    /** A column that orders rows created in the same instant by insertion. */
    String insertionOrder() {
        return insertionOrder;
    }
}
