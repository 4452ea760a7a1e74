package dev.backchannel.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import dev.backchannel.config.LoggingConfig;
import java.net.URL;
import java.util.Iterator;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code logging.format} once the configuration is read. Logback configured itself before
 * that, from {@code BACKCHANNEL_LOG_FORMAT} or its default, so a different format means
 * configuring it again from the same file with the property set.
 */
public final class LogFormat {

    /** The property logback.xml picks its appender by. */
    private static final String PROPERTY = "BACKCHANNEL_LOG_FORMAT";

    private LogFormat() {}

    public static void apply(LoggingConfig config) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context) || writesJson(context) == config.json()) {
            return;
        }
        URL source = ConfigurationWatchListUtil.getMainWatchURL(context);
        if (source == null) {
            source = LogFormat.class.getResource("/logback.xml");
        }
        context.reset();
        context.putProperty(PROPERTY, config.format());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(source);
        } catch (JoranException e) {
            throw new IllegalStateException(
                    "cannot switch the logs to " + config.format() + " from " + source + ": " + e.getMessage(), e);
        }
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
