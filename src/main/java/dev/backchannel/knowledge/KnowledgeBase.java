package dev.backchannel.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded topics, by language and id, and the passages cut from them. */
public final class KnowledgeBase {

  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final List<Passage> passages;
  private final String version;

  public KnowledgeBase(List<Topic> topics, Chunker chunker, String version) {
    topics.forEach(t -> this.topics.put(key(t.language(), t.id()), t));
    this.passages = topics.stream().flatMap(t -> chunker.passages(t).stream()).toList();
    this.version = version;
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

  /** A content hash of the knowledge files this base was loaded from. */
  public String version() {
    return version;
  }
}
