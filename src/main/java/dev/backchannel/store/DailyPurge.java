package dev.backchannel.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention's purge at once and then every day, on a thread of its own, for as long as a
 * long-running process (the Discord bot) runs; whoever starts it closes it. In a fleet every
 * process purges: the deletes are the same, so running them twice is harmless.
 */
public final class DailyPurge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DailyPurge.class);

    private final ScheduledExecutorService scheduler;

    private DailyPurge(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts purging; with a retention of 0 nothing is ever scheduled. */
    public static DailyPurge start(Retention retention) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "backchannel-retention");
            thread.setDaemon(true);
            return thread;
        });
        if (retention.days() > 0) {
            scheduler.scheduleAtFixedRate(() -> purge(retention), 0, 1, TimeUnit.DAYS);
        }
        return new DailyPurge(scheduler);
    }

    private static void purge(Retention retention) {
        // A task that throws is never run again: a database down today must not end tomorrow's purge.
        try {
            RecordCounts deleted = retention.purge();
            log.info(
                    "Retention of {} days: deleted {} questions, {} votes, {} quiz answers, {} conversations,"
                            + " {} reports",
                    retention.days(),
                    deleted.questions(),
                    deleted.votes(),
                    deleted.quizAnswers(),
                    deleted.conversations(),
                    deleted.reports());
        } catch (RuntimeException e) {
            log.warn("Old records not deleted this time; trying again tomorrow: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
