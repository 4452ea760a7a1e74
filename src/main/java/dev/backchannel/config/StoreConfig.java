package dev.backchannel.config;

/**
 * Where questions, answers, feedback, quizzes, sessions and shared rate limits are kept.
 *
 * @param jdbcUrl {@code jdbc:sqlite:<file>} (a relative file is under the project folder) or
 *     {@code jdbc:postgresql://host:port/database}
 * @param user PostgreSQL user, from {@code BACKCHANNEL_DB_USER}; empty for SQLite
 * @param password PostgreSQL password, from {@code BACKCHANNEL_DB_PASSWORD}; never printed
 * @param poolSize most connections a process holds open to PostgreSQL
 * @param retentionDays how many days questions, votes, quiz answers, conversations and reports are kept
 *     before they are deleted; 0 keeps them forever
 */
public record StoreConfig(String jdbcUrl, String user, String password, int poolSize, int retentionDays) {

    /** The retention when none is configured: a year, so a course's reports cover its whole run. */
    public static final int DEFAULT_RETENTION_DAYS = 365;

    /** A century: beyond it a date computed from the retention would leave the calendar. */
    private static final int MAX_RETENTION_DAYS = 36_500;

    public StoreConfig {
        if (poolSize < 1) {
            throw new IllegalArgumentException("store.pool-size must be at least 1, was " + poolSize);
        }
        if (retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS) {
            throw new IllegalArgumentException("store.retention-days must be between 0 (keep forever) and "
                    + MAX_RETENTION_DAYS + ", was " + retentionDays);
        }
    }

    /** A store with no credentials, the default pool and the default retention, for SQLite and tests. */
    public static StoreConfig of(String jdbcUrl) {
        return new StoreConfig(jdbcUrl, "", "", 8, DEFAULT_RETENTION_DAYS);
    }

    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
                + ", poolSize=" + poolSize + ", retentionDays=" + retentionDays + "]";
    }
}
