package dev.backchannel.config;

/**
 * Where questions, answers, feedback, quizzes, sessions and shared rate limits are kept.
 *
 * @param jdbcUrl {@code jdbc:sqlite:<file>} (a relative file is under the project folder) or
 *     {@code jdbc:postgresql://host:port/database}
 * @param user PostgreSQL user, from {@code BACKCHANNEL_DB_USER}; empty for SQLite
 * @param password PostgreSQL password, from {@code BACKCHANNEL_DB_PASSWORD}; never printed
 * @param poolSize most connections a process holds open to PostgreSQL
 */
public record StoreConfig(String jdbcUrl, String user, String password, int poolSize) {

    public StoreConfig {
        if (poolSize < 1) {
            throw new IllegalArgumentException("store.pool-size must be at least 1, was " + poolSize);
        }
    }

    /** A store with no credentials and the default pool, for SQLite and tests. */
    public static StoreConfig of(String jdbcUrl) {
        return new StoreConfig(jdbcUrl, "", "", 8);
    }

    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", poolSize=" + poolSize + "]";
    }
}
