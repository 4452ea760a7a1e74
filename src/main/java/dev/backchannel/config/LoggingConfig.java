package dev.backchannel.config;

/**
 * How log lines are written to standard error.
 *
 * @param format {@code text} for people, or {@code json}: one JSON object a line, for a log
 *     shipper
 */
public record LoggingConfig(String format) {
    public LoggingConfig {
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new IllegalArgumentException("logging.format must be text or json, was " + format);
        }
    }

    public boolean json() {
        return "json".equals(format);
    }
}
