package dev.backchannel.notes;

import dev.backchannel.config.KnowledgeConfig;
import dev.backchannel.knowledge.CourseNote;
import dev.backchannel.knowledge.CourseNoteReader;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Language;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.knowledge.SectionRules;
import dev.backchannel.knowledge.Topic;
import dev.backchannel.serving.ServerNotes;
import dev.backchannel.store.CourseNoteStore;
import dev.backchannel.store.Database;
import dev.backchannel.store.StoredNote;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each Discord server's own course notes: added, replaced and removed by its educators (or the
 * operator), validated as knowledge files are, within the operator's limits, and read back for that
 * server's questions only.
 */
public final class CourseNotes implements ServerNotes {

    private static final Logger log = LoggerFactory.getLogger(CourseNotes.class);

    private final CourseNoteStore store;
    private final CourseNoteReader reader;
    private final Supplier<KnowledgeBase> shared;
    private final KnowledgeConfig limits;
    private final Clock clock;

    public CourseNotes(
            CourseNoteStore store,
            CourseNoteReader reader,
            Supplier<KnowledgeBase> shared,
            KnowledgeConfig limits,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.shared = shared;
        this.limits = limits;
        this.clock = clock;
    }

    /** The largest file accepted, so a front end can refuse a larger one before downloading it. */
    public long maxFileBytes() {
        return limits.serverMaxFileBytes();
    }

    /** The notes kept in {@code database}, read as the knowledge files are, within {@code limits}. */
    public static CourseNotes open(Database database, KnowledgeConfig limits, Supplier<KnowledgeBase> shared) {
        return new CourseNotes(
                new CourseNoteStore(database),
                new CourseNoteReader(
                        new SectionRules(SectionKinds.standard()), limits.serverMaxFileBytes(), limits.maxPassages()),
                shared,
                limits,
                Clock.systemUTC());
    }

    /** The most topics one server may have. */
    public int maxTopics() {
        return limits.serverMaxTopics();
    }

    /** Validates a file and, when it has no error and the limits allow, keeps it for the server. */
    public AddOutcome add(String guildId, String fileName, byte[] content, String by, String byName) {
        CourseNoteReader.Result read = reader.read(fileName, content, this::isSharedTopic);
        if (read.topic().isEmpty()) {
            return AddOutcome.refused(read.errors());
        }
        Topic topic = read.topic().get();
        List<StoredNote> current = store.current(guildId);
        boolean replacing = current.stream()
                .anyMatch(n -> n.topicId().equals(topic.id())
                        && n.language().equals(topic.language().code()));
        if (!replacing && current.size() >= limits.serverMaxTopics()) {
            return AddOutcome.refused(List.of(Problem.error(
                    topic.file(),
                    1,
                    "this server has " + current.size() + " topics of notes, the most it may have: remove one first")));
        }
        if (store.addedSince(guildId, clock.instant().minus(Duration.ofHours(1))) >= limits.serverAddsPerHour()) {
            return AddOutcome.refused(List.of(Problem.error(
                    topic.file(),
                    1,
                    "this server added " + limits.serverAddsPerHour() + " files in the last hour: try again later")));
        }
        store.put(
                guildId,
                topic.id(),
                topic.language().code(),
                topic.title(),
                new String(content, StandardCharsets.UTF_8),
                by,
                byName);
        return new AddOutcome(Optional.of(topic), replacing, List.of(), read.warnings());
    }

    private boolean isSharedTopic(String id) {
        KnowledgeBase knowledge = shared.get();
        return knowledge.topic(id, Language.EN).isPresent()
                || knowledge.topic(id, Language.VI).isPresent();
    }

    /** The server's topics as stored, by id then language. */
    public List<StoredNote> list(String guildId) {
        return store.current(guildId);
    }

    /** Every language version of one of the server's topics. */
    public List<StoredNote> show(String guildId, String topicId) {
        return store.current(guildId).stream()
                .filter(n -> n.topicId().equals(topicId))
                .toList();
    }

    /** Removes a topic in every language; returns how many versions went, 0 when there was none. */
    public int remove(String guildId, String topicId, String by, String byName) {
        return store.remove(guildId, topicId, by, byName);
    }

    @Override
    public long version(String guildId) {
        return store.version(guildId);
    }

    @Override
    public List<CourseNote> notes(String guildId) {
        List<CourseNote> notes = new ArrayList<>();
        for (StoredNote stored : store.current(guildId)) {
            // Read as when it was added; a file that a stricter later version refuses is left out, not fatal.
            CourseNoteReader.Result read = reader.read(
                    stored.topicId() + ".md", stored.content().getBytes(StandardCharsets.UTF_8), this::isSharedTopic);
            if (read.topic().isPresent()) {
                notes.add(new CourseNote(read.topic().get(), stored.addedByName()));
            } else {
                log.warn(
                        "Course notes {} of server {} no longer read ({}); left out",
                        stored.topicId(),
                        guildId,
                        read.errors().get(0).describe());
            }
        }
        return notes;
    }
}
