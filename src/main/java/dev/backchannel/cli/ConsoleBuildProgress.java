package dev.backchannel.cli;

import dev.backchannel.index.BuildProgress;
import java.io.PrintWriter;

/**
 * Shows an index build on standard error, so a first run that embeds a thousand passages does not
 * look hung: one line that grows by tenths.
 */
final class ConsoleBuildProgress implements BuildProgress {

    private final PrintWriter err;
    private int shownTenths;

    ConsoleBuildProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(int passages) {
        shownTenths = 0;
        err.print("Building the search index for " + passages + " passages (first run, or the knowledge changed)...");
        err.flush();
    }

    @Override
    public synchronized void embedded(int done, int total) {
        int tenths = total == 0 ? 10 : done * 10 / total;
        while (shownTenths < tenths) {
            shownTenths++;
            err.print(" " + shownTenths * 10 + "%");
        }
        err.flush();
    }

    @Override
    public synchronized void stopped() {
        err.println(" stopped.");
        err.flush();
    }

    @Override
    public synchronized void finished() {
        err.println(" done.");
        err.flush();
    }
}
