package dev.backchannel.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import dev.backchannel.config.LoggingConfig;
import java.util.Iterator;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code logging.format} once the configuration is read. Logback configured itself before
 * that ({@link LogSetup}), from {@code BACKCHANNEL_LOG_FORMAT} or its default, so a different
 * format means configuring it again.
 */
public final class LogFormat {

    private LogFormat() {}

    public static void apply(LoggingConfig config) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context) || writesJson(context) == config.json()) {
            return;
        }
        context.reset();
        LogSetup.configure(context, config.format());
    }

    private static boolean writesJson(LoggerContext context) {
        Iterator<Appender<ILoggingEvent>> appenders =
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof OutputStreamAppender<ILoggingEvent> stream
                    && stream.getEncoder() instanceof JsonEncoder) {
                return true;
            }
        }
        return false;
    }
}
