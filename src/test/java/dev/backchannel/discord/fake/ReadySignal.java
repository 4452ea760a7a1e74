package dev.backchannel.discord.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Waits, with a deadline, until JDA has received READY and set up every guild ({@code
 * JDA#awaitReady()} has no deadline). Add it to the builder before {@code build()} so the event
 * cannot be missed; for a shard manager, count one per shard.
 */
public final class ReadySignal implements EventListener {

    private final CountDownLatch remaining;

    public ReadySignal() {
        this(1);
    }

    public ReadySignal(int sessions) {
        this.remaining = new CountDownLatch(sessions);
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof ReadyEvent) {
            remaining.countDown();
        }
    }

    /**
     * @throws AssertionError when not every session was ready in time
     */
    public void await(Duration timeout) throws InterruptedException {
        if (!remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("JDA was not ready within "
                    + timeout.toMillis()
                    + " ms; sessions still pending: "
                    + remaining.getCount());
        }
    }
}
