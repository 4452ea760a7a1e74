package dev.backchannel.serving;

import dev.backchannel.knowledge.CourseNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a question asked in a Discord server is answered from: the shared knowledge with that
 * server's course notes, indexed together on the first question after either changes, kept for the
 * most recently asked servers. A server's notes are only ever added to its own questions' knowledge;
 * every other question, in another server, a DM or the console, never sees them.
 */
public final class ServerKnowledge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerKnowledge.class);

    /**
     * One server's knowledge: which shared version and notes version it was built from.
     *
     * @param holder empty when the server's notes are all removed
     */
    private record Entry(String sharedVersion, long notesVersion, Optional<KnowledgeHolder> holder) {}

    private final ServerNotes notes;
    private final BiFunction<ServedKnowledge, List<CourseNote>, ServedKnowledge> combine;
    private final int maxServers;
    /** Least recently asked first; guarded by {@code this}. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    /** One build at a time per server; questions in other servers go on meanwhile. */
    private final Map<String, Object> builds = new ConcurrentHashMap<>();

    /**
     * @param combine indexes the shared knowledge together with a server's notes
     * @param maxServers how many servers' knowledge is kept built at once
     */
    public ServerKnowledge(
            ServerNotes notes, BiFunction<ServedKnowledge, List<CourseNote>, ServedKnowledge> combine, int maxServers) {
        this.notes = notes;
        this.combine = combine;
        this.maxServers = maxServers;
    }

    /**
     * A lease on the knowledge for a question in {@code guildId}, asked while {@code shared} is
     * served; empty when the server has no notes, or they cannot be read now (the shared knowledge
     * then answers alone).
     */
    public Optional<KnowledgeHolder.Lease> acquire(ServedKnowledge shared, String guildId) {
        long version;
        try {
            version = notes.version(guildId);
        } catch (RuntimeException e) {
            log.warn(
                    "Course notes of server {} not read; answering from the shared knowledge: {}",
                    guildId,
                    e.toString());
            return Optional.empty();
        }
        if (version == 0) {
            return Optional.empty();
        }
        synchronized (builds.computeIfAbsent(guildId, id -> new Object())) {
            Entry entry = entry(guildId);
            if (entry == null || !entry.sharedVersion().equals(shared.version()) || entry.notesVersion() != version) {
                entry = rebuild(shared, guildId, version, entry);
            }
            try {
                return entry.holder().map(KnowledgeHolder::acquire);
            } catch (IllegalStateException evicted) {
                // Another server's question evicted this one's between the lookup and the lease.
                return rebuild(shared, guildId, version, null).holder().map(KnowledgeHolder::acquire);
            }
        }
    }

    private Entry rebuild(ServedKnowledge shared, String guildId, long version, Entry old) {
        List<CourseNote> current = notes.notes(guildId);
        Optional<KnowledgeHolder> holder = old == null ? Optional.empty() : old.holder();
        if (current.isEmpty()) {
            holder.ifPresent(KnowledgeHolder::close);
            holder = Optional.empty();
        } else {
            ServedKnowledge built = combine.apply(shared, current);
            if (holder.isPresent()) {
                // Questions still on the old build finish on it; it closes after the last one.
                holder.get().serve(built);
            } else {
                holder = Optional.of(new KnowledgeHolder(built, ServerKnowledge::closeQuietly));
            }
        }
        Entry fresh = new Entry(shared.version(), version, holder);
        put(guildId, fresh);
        return fresh;
    }

    private synchronized Entry entry(String guildId) {
        return entries.get(guildId);
    }

    private void put(String guildId, Entry entry) {
        List<Entry> evicted = new ArrayList<>();
        synchronized (this) {
            entries.put(guildId, entry);
            var eldest = entries.entrySet().iterator();
            while (entries.size() > maxServers && eldest.hasNext()) {
                evicted.add(eldest.next().getValue());
                eldest.remove();
            }
        }
        evicted.forEach(e -> e.holder().ifPresent(KnowledgeHolder::close));
    }

    private static void closeQuietly(ServedKnowledge served) {
        try {
            served.close();
        } catch (java.io.IOException e) {
            log.warn("Closing a server's index {} failed: {}", served.version(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        entries.values().forEach(e -> e.holder().ifPresent(KnowledgeHolder::close));
        entries.clear();
    }
}
