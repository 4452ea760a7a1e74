package dev.backchannel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The course notes of each Discord server, kept as a history of changes: nothing is overwritten,
 * and one server's rows are only ever read with that server's id.
 */
public final class CourseNoteStore {

    /** The current rows of a server: each topic's last change, unless that was its removal. */
    private static final String CURRENT = "SELECT n.topic_id, n.language, n.title, n.changed_by, n.changed_by_name,"
            + " n.changed_at, n.content FROM course_note n WHERE n.guild_id = ? AND n.removed = 0"
            + " AND n.id = (SELECT MAX(m.id) FROM course_note m WHERE m.guild_id = n.guild_id"
            + " AND m.topic_id = n.topic_id AND m.language = n.language)";

    private static final String INSERT = "INSERT INTO course_note (guild_id, topic_id, language, title, content,"
            + " removed, changed_by, changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;

    public CourseNoteStore(Database database) {
        this.database = database;
    }

    /** A number that grows with every change to the server's notes; 0 when it never had any. */
    public long version(String guildId) {
        return database.with("Cannot read the course notes' version", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT MAX(id) FROM course_note WHERE guild_id = ?")) {
                select.setString(1, guildId);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The server's current topics, by id then language. */
    public List<StoredNote> current(String guildId) {
        return database.with("Cannot read the course notes", connection -> {
            try (PreparedStatement select = connection.prepareStatement(CURRENT + " ORDER BY n.topic_id, n.language")) {
                select.setString(1, guildId);
                List<StoredNote> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new StoredNote(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                Instant.parse(rows.getString(6)),
                                rows.getString(7)));
                    }
                }
                return notes;
            }
        });
    }

    /** How many files the server added or replaced since {@code since}: what its rate limit counts. */
    public int addedSince(String guildId, Instant since) {
        return database.with("Cannot count the course notes added", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM course_note WHERE guild_id = ? AND removed = 0 AND changed_at >= ?")) {
                select.setString(1, guildId);
                select.setString(2, StoredValues.timestamp(since));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    /** Keeps a new version of a topic; the one before stays as history. */
    public void put(
            String guildId, String topicId, String language, String title, String content, String by, String byName) {
        database.with("Cannot keep the course notes", connection -> {
            insert(connection, new Change(guildId, topicId, language, title, content, false, by, byName));
            return null;
        });
    }

    /**
     * Removes a topic in every language it has.
     *
     * @return how many language versions were current and are removed now
     */
    public int remove(String guildId, String topicId, String by, String byName) {
        return database.transaction("Cannot remove the course notes", connection -> {
            List<String> languages = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement(CURRENT + " AND n.topic_id = ? ORDER BY n.language")) {
                select.setString(1, guildId);
                select.setString(2, topicId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        languages.add(rows.getString(2));
                    }
                }
            }
            for (String language : languages) {
                insert(connection, new Change(guildId, topicId, language, "", "", true, by, byName));
            }
            return languages.size();
        });
    }

    /** One row of a topic's history. */
    private record Change(
            String guildId,
            String topicId,
            String language,
            String title,
            String content,
            boolean removed,
            String by,
            String byName) {}

    private void insert(Connection connection, Change change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, change.guildId());
            insert.setString(2, change.topicId());
            insert.setString(3, change.language());
            insert.setString(4, change.title());
            insert.setString(5, change.content());
            insert.setInt(6, change.removed() ? 1 : 0);
            insert.setString(7, change.by());
            insert.setString(8, change.byName());
            insert.setString(9, StoredValues.timestamp(database.now()));
            insert.executeUpdate();
        }
    }
}
