package dev.backchannel.store;

import java.time.Instant;

/**
 * A topic of a server's course notes as stored: its current version.
 *
 * @param language the language code, {@code en} or {@code vi}
 * @param addedBy the Discord id of who added this version
 * @param addedByName their name then, shown where the notes are cited
 * @param content the file as uploaded
 */
public record StoredNote(
        String topicId,
        String language,
        String title,
        String addedBy,
        String addedByName,
        Instant addedAt,
        String content) {}
