package dev.backchannel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Server settings in the database, with the history of every change. On PostgreSQL a change is
 * announced with {@code NOTIFY}, so every process of a fleet can drop its cached copy.
 */
public final class ServerSettingsStore {

    /** The channel of the {@code NOTIFY} sent with each change; the payload is the guild id. */
    public static final String CHANGES_CHANNEL = "server_settings";

    private final Database database;

    public ServerSettingsStore(Database database) {
        this.database = database;
    }

    public ServerSettings settings(String guildId) {
        return database.with("Cannot read the settings of server " + guildId, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT name, value FROM server_setting WHERE guild_id = ?")) {
                select.setString(1, guildId);
                Map<Setting, String> values = new EnumMap<>(Setting.class);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String value = rows.getString(2);
                        Setting.of(rows.getString(1)).ifPresent(setting -> values.put(setting, value));
                    }
                }
                return ServerSettings.of(values);
            }
        });
    }

    /**
     * Changes one setting and records the change, in one transaction; changes of one server are
     * made one at a time, across the processes of a fleet too, so two admins adding a channel each
     * both get theirs.
     *
     * @param edit from the stored value (empty: the default) to the new one (empty: back to the default)
     * @return the change, or empty when the value stayed the same and nothing was recorded
     */
    public synchronized Optional<SettingChange> change(
            String guildId, Setting setting, UnaryOperator<Optional<String>> edit, String changedBy) {
        return database.transaction(
                "Cannot change the setting " + setting.key() + " of server " + guildId,
                connection -> change(connection, guildId, setting, edit, changedBy));
    }

    private Optional<SettingChange> change(
            Connection connection,
            String guildId,
            Setting setting,
            UnaryOperator<Optional<String>> edit,
            String changedBy)
            throws SQLException {
        if (database.dialect() == Dialect.POSTGRESQL) {
            // Released at commit or rollback. Within one process, the only one SQLite serves, the
            // synchronized transaction does the same.
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "server_setting:" + guildId);
                lock.execute();
            }
        }
        Optional<String> old = value(connection, guildId, setting);
        Optional<String> next = edit.apply(old);
        if (next.equals(old)) {
            return Optional.empty();
        }
        if (next.isPresent()) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO server_setting (guild_id, name, value) VALUES (?, ?, ?) ON "
                            + "CONFLICT (guild_id, name) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, guildId);
                upsert.setString(2, setting.key());
                upsert.setString(3, next.get());
                upsert.executeUpdate();
            }
        } else {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM server_setting WHERE guild_id = ? AND name = ?")) {
                delete.setString(1, guildId);
                delete.setString(2, setting.key());
                delete.executeUpdate();
            }
        }
        Instant now = database.now();
        try (PreparedStatement record =
                connection.prepareStatement("INSERT INTO server_setting_change (guild_id, name, old_value, "
                        + "new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            record.setString(1, guildId);
            record.setString(2, setting.key());
            record.setString(3, old.orElse(null));
            record.setString(4, next.orElse(null));
            record.setString(5, changedBy);
            record.setString(6, StoredValues.timestamp(now));
            record.executeUpdate();
        }
        if (database.dialect() == Dialect.POSTGRESQL) {
            // Delivered when the transaction commits, and only then.
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANGES_CHANNEL);
                notify.setString(2, guildId);
                notify.execute();
            }
        }
        return Optional.of(new SettingChange(guildId, setting, old, next, changedBy, now));
    }

    private static Optional<String> value(Connection connection, String guildId, Setting setting) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT value FROM server_setting WHERE guild_id = ? AND name = ?")) {
            select.setString(1, guildId);
            select.setString(2, setting.key());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The last {@code limit} changes of a server's settings, newest first. */
    public List<SettingChange> history(String guildId, int limit) {
        String sql = "SELECT name, old_value, new_value, changed_by, changed_at FROM "
                + "server_setting_change WHERE guild_id = ? ORDER BY id DESC LIMIT ?";
        return database.with("Cannot read the settings history of server " + guildId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, guildId);
                select.setInt(2, limit);
                List<SettingChange> changes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Optional<Setting> setting = Setting.of(rows.getString(1));
                        if (setting.isPresent()) {
                            changes.add(new SettingChange(
                                    guildId,
                                    setting.get(),
                                    Optional.ofNullable(rows.getString(2)),
                                    Optional.ofNullable(rows.getString(3)),
                                    rows.getString(4),
                                    Instant.parse(rows.getString(5))));
                        }
                    }
                }
                return changes;
            }
        });
    }
}
