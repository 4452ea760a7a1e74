package dev.backchannel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on one connection of its own, for the settings changes any process of a fleet makes,
 * and passes on the guild of each. After the connection is (re)established it reports that
 * changes may have been missed, since nothing is delivered to a session that was not listening.
 */
final class SettingsNotifications implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SettingsNotifications.class);

    /** How long one wait for notifications lasts: the most that closing waits for the thread. */
    private static final int POLL_MILLIS = 250;

    private static final Duration RETRY = Duration.ofSeconds(2);

    /** Opens a connection that is not shared with anything else. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final Consumer<String> changed;
    private final Runnable missedSome;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    SettingsNotifications(Connector connector, Consumer<String> changed, Runnable missedSome) {
        this.connector = connector;
        this.changed = changed;
        this.missedSome = missedSome;
        this.thread = new Thread(this::run, "settings-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the first {@code LISTEN} is in place within the timeout. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        while (running) {
            try (Connection connection = connector.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ServerSettingsStore.CHANGES_CHANNEL);
                missedSome.run();
                listening.countDown();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            changed.accept(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Not listening for settings changes ({}); retrying in {}", e.getMessage(), RETRY);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(RETRY.toMillis() + POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
