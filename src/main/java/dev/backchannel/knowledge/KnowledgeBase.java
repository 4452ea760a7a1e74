package dev.backchannel.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded topics, by language and id, and the passages cut from them. */
public final class KnowledgeBase {

    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final List<Passage> passages;
    /** Per topic and language, its sections in order, each as the passages it was cut into. */
    private final Map<String, List<List<Passage>>> sections = new HashMap<>();

    private final String version;

    public KnowledgeBase(List<Topic> topics, Chunker chunker, String version) {
        this(topics, topics.stream().flatMap(t -> chunker.passages(t).stream()).toList(), version);
    }

    private KnowledgeBase(Collection<Topic> topics, List<Passage> passages, String version) {
        topics.forEach(t -> this.topics.put(key(t.language(), t.id()), t));
        this.passages = List.copyOf(passages);
        Map<String, Map<String, List<Passage>>> bySection = new LinkedHashMap<>();
        for (Passage passage : passages) {
            bySection
                    .computeIfAbsent(key(passage.language(), passage.topicId()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(passage.sectionSlug(), k -> new ArrayList<>())
                    .add(passage);
        }
        bySection.forEach((topic, slugs) -> sections.put(topic, List.copyOf(slugs.values())));
        this.version = version;
    }

    /**
     * This knowledge with one server's course notes added: the topics and passages of both, the
     * notes' passages after this base's, saying who added them.
     */
    public KnowledgeBase withNotes(List<CourseNote> notes, Chunker chunker, String notesVersion) {
        List<Topic> all = new ArrayList<>(topics.values());
        List<Passage> allPassages = new ArrayList<>(passages);
        for (CourseNote note : notes) {
            all.add(note.topic());
            allPassages.addAll(chunker.passages(note.topic(), note.addedBy()));
        }
        return new KnowledgeBase(all, allPassages, version + "+" + notesVersion);
    }

    /** Only one server's course notes, as a base of their own: what is indexed for that server. */
    public static KnowledgeBase ofNotes(List<CourseNote> notes, Chunker chunker, String notesVersion) {
        List<Topic> topics = notes.stream().map(CourseNote::topic).toList();
        List<Passage> passages = notes.stream()
                .flatMap(note -> chunker.passages(note.topic(), note.addedBy()).stream())
                .toList();
        return new KnowledgeBase(topics, passages, notesVersion);
    }

    private static String key(Language language, String id) {
        return language.code() + ":" + id;
    }

    public Optional<Topic> topic(String id, Language language) {
        return Optional.ofNullable(topics.get(key(language, id)));
    }

    /** The topic in the wanted language, else in the other one. */
    public Optional<Topic> topicPreferring(String id, Language language) {
        return topic(id, language).or(() -> topic(id, language.other()));
    }

    public Collection<Topic> topics() {
        return topics.values();
    }

    public List<Passage> passages() {
        return passages;
    }

    /**
     * The same part of the same topic in another language. Headings are translated, so sections are
     * matched by position, and only when both versions have as many sections; a split section's
     * piece by number, else its first piece.
     */
    public Optional<Passage> counterpart(Passage passage, Language language) {
        List<List<Passage>> from = sections.getOrDefault(key(passage.language(), passage.topicId()), List.of());
        List<List<Passage>> to = sections.getOrDefault(key(language, passage.topicId()), List.of());
        if (from.size() != to.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < from.size(); i++) {
            int piece = from.get(i).indexOf(passage);
            if (piece >= 0) {
                List<Passage> target = to.get(i);
                return Optional.of(target.get(piece < target.size() ? piece : 0));
            }
        }
        return Optional.empty();
    }

    /** A content hash of the knowledge files this base was loaded from. */
    public String version() {
        return version;
    }
}
