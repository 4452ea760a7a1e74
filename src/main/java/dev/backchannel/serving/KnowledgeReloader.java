package dev.backchannel.serving;

import dev.backchannel.index.BuildAbandonedException;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Topic;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the knowledge folder again and, when its content changed, serves the new version. A
 * reload that yields nothing to serve leaves the current version in place.
 */
public final class KnowledgeReloader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final KnowledgeFiles files;
    private final String salt;
    private final BiFunction<KnowledgeBase, BooleanSupplier, ServedKnowledge> serve;
    private final KnowledgeHolder holder;
    private final List<Consumer<ReloadOutcome>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param salt the salt the served version was hashed with
     * @param serve indexes a knowledge base and makes it ready to serve, giving up with {@link
     *     BuildAbandonedException} once the supplier says it is no longer wanted
     */
    public KnowledgeReloader(
            KnowledgeFiles files,
            String salt,
            BiFunction<KnowledgeBase, BooleanSupplier, ServedKnowledge> serve,
            KnowledgeHolder holder) {
        this.files = files;
        this.salt = salt;
        this.serve = serve;
        this.holder = holder;
    }

    /** Tells {@code listener} the outcome of every reload, on the thread that ran it. */
    public void addListener(Consumer<ReloadOutcome> listener) {
        listeners.add(listener);
    }

    /** One reload at a time: two would build the same version twice and race to swap it in. */
    public synchronized ReloadOutcome reload() {
        ReloadOutcome outcome = attempt();
        listeners.forEach(listener -> listener.accept(outcome));
        return outcome;
    }

    private ReloadOutcome attempt() {
        String serving = holder.current().version();
        try {
            String version = files.version(salt);
            if (version.equals(serving)) {
                log.debug("Knowledge files changed but hash to version {} again; nothing to rebuild", serving);
                return new ReloadOutcome(ReloadOutcome.Status.UNCHANGED, serving);
            }
            List<Topic> topics = files.topics();
            if (topics.isEmpty()) {
                log.error("No topic in {} loads; still serving knowledge version {}", files.dir(), serving);
                return new ReloadOutcome(ReloadOutcome.Status.FAILED, serving);
            }
            holder.serve(serve.apply(
                    new KnowledgeBase(topics, Chunker.standard(), version),
                    // Hashing the folder costs milliseconds; a batch of passages, seconds.
                    () -> files.version(salt).equals(version)));
            return new ReloadOutcome(ReloadOutcome.Status.SWAPPED, version);
        } catch (BuildAbandonedException e) {
            // A file added and removed again, or edited twice: the next reload builds what is there now.
            log.info(
                    "The knowledge files changed while version {} was being indexed; building the newer files next",
                    e.version());
            return new ReloadOutcome(ReloadOutcome.Status.ABANDONED, serving);
        } catch (RuntimeException e) {
            log.error(
                    "Reloading the knowledge in {} failed; still serving knowledge version {}",
                    files.dir(),
                    serving,
                    e);
            return new ReloadOutcome(ReloadOutcome.Status.FAILED, serving);
        }
    }
}
