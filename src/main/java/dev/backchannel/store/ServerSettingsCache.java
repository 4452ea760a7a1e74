package dev.backchannel.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server settings as answers read them: from memory, so no answer waits on a query. A change made
 * here drops the server's copy at once; on PostgreSQL every process also drops its copy when
 * another process announces a change, so the next interaction anywhere sees it.
 */
public final class ServerSettingsCache implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerSettingsCache.class);

    private final ServerSettingsStore store;
    private final Map<String, ServerSettings> cached = new ConcurrentHashMap<>();
    /** The last settings read of each server, kept for when the database cannot be reached. */
    private final Map<String, ServerSettings> lastRead = new ConcurrentHashMap<>();

    private final Optional<SettingsNotifications> notifications;
    /** Counts invalidations, so a read that raced with one is not cached; guarded by {@code this}. */
    private long invalidations;

    private ServerSettingsCache(ServerSettingsStore store, Optional<SettingsNotifications.Connector> listen) {
        this.store = store;
        this.notifications =
                listen.map(connector -> new SettingsNotifications(connector, this::invalidate, this::invalidateAll));
    }

    /** Settings of the database; on PostgreSQL, listening for other processes' changes. */
    public static ServerSettingsCache open(Database database) {
        ServerSettingsStore settings = new ServerSettingsStore(database);
        return new ServerSettingsCache(
                settings,
                database.dialect() == Dialect.POSTGRESQL
                        ? Optional.of(database::dedicatedConnection)
                        : Optional.empty());
    }

    /** A server's settings: the cached copy, or read now and kept until a change. */
    public ServerSettings get(String guildId) {
        ServerSettings settings = cached.get(guildId);
        if (settings != null) {
            return settings;
        }
        long seen;
        synchronized (this) {
            seen = invalidations;
        }
        try {
            settings = store.settings(guildId);
        } catch (StoreException e) {
            log.error("Settings of server {} not read; using the last known ones", guildId, e);
            return lastRead.getOrDefault(guildId, ServerSettings.DEFAULTS);
        }
        lastRead.put(guildId, settings);
        synchronized (this) {
            if (invalidations == seen) {
                cached.put(guildId, settings);
            }
        }
        return settings;
    }

    /** Changes one setting (see {@link ServerSettingsStore#change}); effective from the next read. */
    public Optional<SettingChange> change(
            String guildId, Setting setting, UnaryOperator<Optional<String>> edit, String changedBy) {
        try {
            return store.change(guildId, setting, edit, changedBy);
        } finally {
            invalidate(guildId);
        }
    }

    public List<SettingChange> history(String guildId, int limit) {
        return store.history(guildId, limit);
    }

    /** Whether changes from other processes are being received, within the timeout; always on SQLite. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return notifications.isEmpty() || notifications.get().awaitListening(timeout);
    }

    private synchronized void invalidate(String guildId) {
        invalidations++;
        cached.remove(guildId);
    }

    private synchronized void invalidateAll() {
        invalidations++;
        cached.clear();
    }

    @Override
    public void close() {
        notifications.ifPresent(SettingsNotifications::close);
    }
}
