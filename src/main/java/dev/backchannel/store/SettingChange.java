package dev.backchannel.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded change of a server setting.
 *
 * @param oldValue the stored value before; empty: it had its default
 * @param newValue the stored value after; empty: back to its default
 * @param changedBy the Discord user id of the admin who changed it
 */
public record SettingChange(
        String guildId,
        Setting setting,
        Optional<String> oldValue,
        Optional<String> newValue,
        String changedBy,
        Instant changedAt) {}
