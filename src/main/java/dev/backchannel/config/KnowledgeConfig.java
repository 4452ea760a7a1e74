package dev.backchannel.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the knowledge files are, and whether a long-running front end reloads them when they
 * change.
 *
 * @param watch reload on change; only {@code discord} and {@code chat} act on it, one-shot commands
 *     never start a watcher
 * @param reloadDebounce milliseconds without a further change before a reload starts, so a burst
 *     of saves costs one rebuild
 * @param maxFileBytes the largest topic file read; a larger one is an error and skipped, so a
 *     pasted dump cannot take the bot's memory and minutes of rebuilding
 * @param maxPassages the most passages one topic may be cut into; more is an error and the topic
 *     is skipped, for the same reason
 * @param serverMaxTopics the most course-note topics one Discord server may add
 * @param serverMaxFileBytes the largest course-note file accepted; a larger attachment is refused
 *     before it is downloaded
 * @param serverAddsPerHour how many course-note files one server may add or replace in an hour
 */
public record KnowledgeConfig(
        Path dir,
        boolean watch,
        long reloadDebounce,
        long maxFileBytes,
        int maxPassages,
        int serverMaxTopics,
        long serverMaxFileBytes,
        int serverAddsPerHour) {

    public KnowledgeConfig {
        if (maxPassages < 1) {
            throw new IllegalArgumentException("knowledge.max-passages must be positive, was " + maxPassages);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("knowledge.max-file-bytes must be positive, was " + maxFileBytes);
        }
        if (serverMaxTopics < 0 || serverMaxFileBytes < 1 || serverAddsPerHour < 0) {
            throw new IllegalArgumentException("knowledge.server-max-topics and knowledge.server-adds-per-hour must be"
                    + " 0 or more and knowledge.server-max-file-bytes positive");
        }
        if (reloadDebounce < 1) {
            throw new IllegalArgumentException(
                    "knowledge.reload-debounce must be a positive number of milliseconds, was " + reloadDebounce);
        }
    }

    /** The same knowledge elsewhere, with the same limits. */
    public KnowledgeConfig in(Path otherDir) {
        return new KnowledgeConfig(
                otherDir,
                watch,
                reloadDebounce,
                maxFileBytes,
                maxPassages,
                serverMaxTopics,
                serverMaxFileBytes,
                serverAddsPerHour);
    }

    public Duration reloadDebounceDuration() {
        return Duration.ofMillis(reloadDebounce);
    }
}
