package dev.backchannel.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work begun on a thread of its own so it overlaps the rest of the start: a daemon, so a
 * command that ends early never waits for it.
 */
public final class Background {

    private Background() {}

    public static <T> CompletableFuture<T> supply(String threadName, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        });
    }
}
