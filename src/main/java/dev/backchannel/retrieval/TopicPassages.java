package dev.backchannel.retrieval;

import dev.backchannel.index.Fields;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Every passage of a topic, both languages: a topic has a few dozen at most. Each topic is searched
 * once and its passages read once, as the index does not change.
 */
final class TopicPassages {

    /** More passages than any one topic has in both languages. */
    private static final int TOPIC_PASSAGES = 200;
    /** The topics whose passages are kept read; a very large index keeps only the first ones. */
    private static final int TOPICS_KEPT = 1024;

    private final PassageIndex index;
    private final Map<String, ScoreDoc[]> documents = new ConcurrentHashMap<>();
    private final Map<String, List<Passage>> passages = new ConcurrentHashMap<>();

    TopicPassages(PassageIndex index) {
        this.index = index;
    }

    /** A topic's documents, in no particular order. */
    ScoreDoc[] documents(String topicId) {
        return documents.computeIfAbsent(topicId, id -> {
            try {
                return index.searcher().search(new TermQuery(new Term(Fields.TOPIC_ID, id)), TOPIC_PASSAGES).scoreDocs;
            } catch (IOException e) {
                throw new UncheckedIOException("Searching the index failed", e);
            }
        });
    }

    /** A topic's passages, read from the index once. */
    List<Passage> passages(String topicId) {
        List<Passage> kept = passages.get(topicId);
        if (kept != null) {
            return kept;
        }
        List<Passage> read = Arrays.stream(documents(topicId))
                .map(doc -> index.passage(doc.doc))
                .toList();
        if (passages.size() < TOPICS_KEPT) {
            passages.put(topicId, read);
        }
        return read;
    }
}
