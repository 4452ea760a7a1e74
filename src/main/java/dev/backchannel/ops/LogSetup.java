package dev.backchannel.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.Optional;

/**
 * Configures logback in code, found by logback through {@code META-INF/services}. An XML file would
 * cost every command, {@code topics} and {@code check} included, the XML parser and logback's
 * configuration model: several hundred classes and a tenth of a second or more of a cold start.
 *
 * <p>Logs go to standard error so that standard output stays clean for answers and JSON. {@code
 * BACKCHANNEL_LOG_FORMAT} (text or json) picks the encoder until {@code logging.format} in the
 * configuration is read ({@link LogFormat}); {@code BACKCHANNEL_LOG_LEVEL} sets the project's level
 * and {@code BACKCHANNEL_LOG_STACK} the stack frames printed under an error in text logs.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    private static final String FORMAT = "BACKCHANNEL_LOG_FORMAT";
    private static final String LEVEL = "BACKCHANNEL_LOG_LEVEL";
    private static final String STACK = "BACKCHANNEL_LOG_STACK";

    /**
     * Loggers quieter than the rest. The ONNX runtime wrapper warns about a missing GPU and tokenizer
     * defaults on every start. When the database is locked or unreachable, Flyway logs its internal
     * rollback failures with stack traces, while Store reports the same failure as one clear line.
     * JDA logs every failed REST request as well as handing the failure to its caller, which reports
     * it: when Discord cannot be reached at start-up, this line came before the one that says what
     * to do.
     */
    private static final Map<String, Level> QUIETER = Map.of(
            "ai.djl", Level.ERROR,
            "org.flywaydb", Level.OFF,
            "net.dv8tion.jda.api.requests.RestRateLimiter", Level.OFF);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        configure(context, Optional.ofNullable(System.getenv(FORMAT)).orElse("text"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Configures the context from nothing, writing text or JSON lines. */
    static void configure(LoggerContext context, String format) {
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder("json".equals(format) ? json(context) : text(context));
        stderr.start();

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("dev.backchannel").setLevel(Level.toLevel(System.getenv(LEVEL), Level.WARN));
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    /**
     * An error names its exception and causes, one line each, without their stack frames: a stack
     * trace on every failed start buries the one line that says what to do.
     */
    private static Encoder<ILoggingEvent> text(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        String stack = Optional.ofNullable(System.getenv(STACK)).orElse("0");
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n%ex{" + stack + "}");
        encoder.start();
        return encoder;
    }

    /** One JSON object a line for a log shipper, its message formatted rather than a template. */
    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }
}
