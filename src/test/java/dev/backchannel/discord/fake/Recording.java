package dev.backchannel.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A thread-safe, append-only list that a test can wait on with a deadline. */
final class Recording<T> {

    private final String what;
    private final List<T> items = new ArrayList<>();

    /** {@code what} names the items in a timeout message, e.g. "REST request". */
    Recording(String what) {
        this.what = what;
    }

    synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    synchronized List<T> snapshot() {
        return List.copyOf(items);
    }

    /**
     * The first item, already recorded or arriving before the deadline, that matches.
     *
     * @throws AssertionError on timeout, listing everything recorded so far
     */
    synchronized T await(Predicate<? super T> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < items.size(); checked++) {
                if (matching.test(items.get(checked))) {
                    return items.get(checked);
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("No matching "
                        + what
                        + " within "
                        + timeout.toMillis()
                        + " ms; recorded:"
                        + items.stream().map(item -> "\n  " + item).collect(Collectors.joining()));
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
    }
}
