package dev.backchannel.store;

import java.util.Optional;

/**
 * Whose questions a report reads: one Discord server's (its channels and threads), for that
 * server's educators; or every question, the console's and direct messages' included, for the
 * operator.
 */
public record ReportScope(Optional<String> guildId) {

    public static ReportScope everywhere() {
        return new ReportScope(Optional.empty());
    }

    public static ReportScope server(String guildId) {
        return new ReportScope(Optional.of(guildId));
    }
}
