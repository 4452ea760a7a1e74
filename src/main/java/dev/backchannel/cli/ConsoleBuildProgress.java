package dev.backchannel.cli;

import dev.backchannel.index.BuildProgress;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * Shows an index build on a terminal, so that a first run embedding a thousand passages does not
 * look hung: passages done of the total and an estimate of the time left, on one line rewritten
 * in place.
 */
final class ConsoleBuildProgress implements BuildProgress {

    private final PrintWriter err;
    private final Clock clock;
    private long startedAt;

    ConsoleBuildProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void started(int passages) {
        startedAt = clock.millis();
        err.print("Building the search index for " + passages + " passages (first run, or the knowledge changed)...");
        err.flush();
    }

    @Override
    public synchronized void embedded(int done, int total) {
        long elapsed = clock.millis() - startedAt;
        long left = done == 0 ? 0 : Math.round(elapsed / 1000.0 * (total - done) / done);
        err.print("\r\033[KBuilding the search index: " + done + "/" + total + " passages, about " + left + " s left");
        err.flush();
    }

    @Override
    public synchronized void stopped() {
        err.println(" (stopped)");
        err.flush();
    }

    @Override
    public synchronized void finished() {
        err.println("\r\033[KBuilt the search index in " + Math.round((clock.millis() - startedAt) / 1000.0) + " s.");
        err.flush();
    }
}
