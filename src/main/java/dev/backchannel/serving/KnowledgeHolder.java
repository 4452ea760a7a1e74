package dev.backchannel.serving;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge version being served, swapped in one step by a reload. Each user of a version
 * holds a {@link Lease} on it, so a question that started on a version finishes on it; a replaced
 * version is handed over for disposal when its last lease is released, not before.
 */
public final class KnowledgeHolder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeHolder.class);

    private final AtomicReference<Counted> current;
    private final Consumer<ServedKnowledge> replaced;
    private volatile boolean closed;

    /**
     * @param replaced disposes of a replaced version once nothing uses it; runs on the thread that
     *     releases the last lease
     */
    public KnowledgeHolder(ServedKnowledge first, Consumer<ServedKnowledge> replaced) {
        this.current = new AtomicReference<>(new Counted(first));
        this.replaced = replaced;
        announce(first);
    }

    /** The version being served, to use until the lease is closed. */
    public Lease acquire() {
        while (true) {
            if (closed) {
                throw new IllegalStateException("the knowledge is no longer served");
            }
            Counted version = current.get();
            if (version.retain()) {
                return new Lease(version);
            }
            // Replaced and released between the read and the retain: the next read sees its successor.
        }
    }

    /**
     * The version being served, without a lease: enough for its topics, which never go away, but not
     * for its index, which is closed once the version is replaced and unused.
     */
    public ServedKnowledge current() {
        return current.get().served;
    }

    /** Serves {@code next} from now on; questions already holding the old version finish on it. */
    public synchronized void serve(ServedKnowledge next) {
        if (closed) {
            closeQuietly(next);
            return;
        }
        Counted old = current.getAndSet(new Counted(next));
        announce(next);
        old.release(replaced);
    }

    private static void announce(ServedKnowledge served) {
        log.info(
                "Serving knowledge version {} ({} topics, {} passages)",
                served.version(),
                served.knowledge().topics().size(),
                served.knowledge().passages().size());
    }

    /** Stops serving; the index closes when the last lease is released, and its directory stays. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            current.get().release(KnowledgeHolder::closeQuietly);
        }
    }

    private static void closeQuietly(ServedKnowledge served) {
        try {
            served.close();
        } catch (IOException e) {
            log.warn("Closing the index of knowledge version {} failed: {}", served.version(), e.toString());
        }
    }

    /** A version with the number of its users, the holder counting as one while it serves it. */
    private static final class Counted {

        private final ServedKnowledge served;
        private final AtomicInteger users = new AtomicInteger(1);
        private volatile Consumer<ServedKnowledge> whenUnused;

        Counted(ServedKnowledge served) {
            this.served = served;
        }

        /** False once the count has reached zero: a disposed version is never handed out again. */
        boolean retain() {
            int now;
            do {
                now = users.get();
                if (now == 0) {
                    return false;
                }
            } while (!users.compareAndSet(now, now + 1));
            return true;
        }

        /** The holder's own release, saying what to do when the other users are done. */
        void release(Consumer<ServedKnowledge> disposal) {
            whenUnused = disposal;
            releaseOne();
        }

        void releaseOne() {
            if (users.decrementAndGet() == 0) {
                whenUnused.accept(served);
            }
        }
    }

    /** The use of one version, from the start of a question to its answer. */
    public static final class Lease implements AutoCloseable {

        private final Counted version;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(Counted version) {
            this.version = version;
        }

        public ServedKnowledge served() {
            return version.served;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                version.releaseOne();
            }
        }
    }
}
