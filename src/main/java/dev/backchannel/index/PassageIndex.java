package dev.backchannel.index;

import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.Passage;
import dev.backchannel.knowledge.Topic;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of passages of one knowledge version, which its last commit records. Which
 * directory holds which version is {@link IndexVersions}'s business.
 */
public final class PassageIndex implements Closeable {

    /** Passages embedded between two checks that the build is still wanted: a few seconds' work. */
    private static final int EMBEDDING_BATCH = 64;

    private static final Pattern VIETNAMESE_GLOSS = Pattern.compile(" ?\\(Vietnamese: [^)]*\\)");

    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final String version;
    /** What closing this index closes, in order: its reader first. */
    private final List<Closeable> owned;
    /**
     * The passages read so far, by document: decompressing stored fields took a sixth of a
     * retrieval's time, for the same few hundred passages again and again. Empty for an index too
     * large to keep every passage it may return.
     */
    private final Optional<AtomicReferenceArray<Passage>> read;

    /** The most documents whose passages are kept once read. */
    private static final int KEPT_DOCUMENTS = 50_000;

    private PassageIndex(Directory directory) throws IOException {
        DirectoryReader opened = DirectoryReader.open(directory);
        this.reader = opened;
        this.searcher = new IndexSearcher(reader);
        this.version = opened.getIndexCommit().getUserData().getOrDefault(Fields.VERSION_KEY, "");
        this.owned = List.of(opened, directory);
        this.read = keptPassages(reader);
    }

    private PassageIndex(IndexReader reader, String version, List<Closeable> owned) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.version = version;
        this.owned = List.copyOf(owned);
        this.read = keptPassages(reader);
    }

    private static Optional<AtomicReferenceArray<Passage>> keptPassages(IndexReader reader) {
        return reader.maxDoc() <= KEPT_DOCUMENTS
                ? Optional.of(new AtomicReferenceArray<>(reader.maxDoc()))
                : Optional.empty();
    }

    /**
     * {@code shared} and one server's course notes searched as one index: the notes are indexed in
     * memory and read after the shared passages, so term statistics cover both and, where a shared
     * passage and a note score the same, the shared one ranks first. Closing it leaves {@code shared}
     * open; {@code shared} stays readable for as long as this is open, even once closed itself.
     */
    public static PassageIndex withNotes(PassageIndex shared, KnowledgeBase notes, Optional<Embedder> embedder)
            throws IOException {
        Directory directory = new ByteBuffersDirectory();
        write(directory, notes, embedder, () -> true, BuildProgress.SILENT);
        DirectoryReader notesReader = DirectoryReader.open(directory);
        // Not closing its sub-readers, the combined reader holds a reference on each until it closes.
        MultiReader combined = new MultiReader(new IndexReader[] {shared.reader, notesReader}, false);
        return new PassageIndex(
                combined, shared.version + "+" + notes.version(), List.of(combined, notesReader, directory));
    }

    /** Opens the index already written in {@code dir}. */
    public static PassageIndex open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new PassageIndex(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Writes an index of {@code knowledge} into {@code dir}, replacing whatever index was there.
     *
     * @param stillWanted asked between batches of passages: once it says no, the build stops with
     *     {@link BuildAbandonedException} instead of spending minutes on knowledge nobody will serve
     */
    public static void write(
            Path dir,
            KnowledgeBase knowledge,
            Optional<Embedder> embedder,
            BooleanSupplier stillWanted,
            BuildProgress progress)
            throws IOException {
        Files.createDirectories(dir);
        try (Directory directory = FSDirectory.open(dir)) {
            write(directory, knowledge, embedder, stillWanted, progress);
        }
    }

    /** Opens an index built in memory or elsewhere; for tests and benchmarks. */
    public static PassageIndex build(Directory directory, KnowledgeBase knowledge, Optional<Embedder> embedder)
            throws IOException {
        write(directory, knowledge, embedder, () -> true, BuildProgress.SILENT);
        return new PassageIndex(directory);
    }

    private static void write(
            Directory directory,
            KnowledgeBase knowledge,
            Optional<Embedder> embedder,
            BooleanSupplier stillWanted,
            BuildProgress progress)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        List<Passage> passages = knowledge.passages();
        List<float[]> vectors = embedder.isPresent()
                ? vectors(embedder.get(), passages, () -> checkWanted(stillWanted, knowledge), progress)
                : null;
        checkWanted(stillWanted, knowledge);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < passages.size(); i++) {
                Passage passage = passages.get(i);
                Topic topic =
                        knowledge.topic(passage.topicId(), passage.language()).orElseThrow();
                Document doc = PassageDocuments.of(passage, topic);
                if (vectors != null) {
                    doc.add(new KnnFloatVectorField(Fields.VECTOR, vectors.get(i), VectorSimilarityFunction.COSINE));
                }
                writer.updateDocument(new Term(Fields.KEY, passage.key()), doc);
            }
            writer.setLiveCommitData(
                    Map.of(Fields.VERSION_KEY, knowledge.version()).entrySet());
            writer.commit();
        }
    }

    /** Embeds the passages a batch at a time, so a build nobody wants any more stops within a batch. */
    private static List<float[]> vectors(
            Embedder embedder, List<Passage> passages, Runnable check, BuildProgress progress) {
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (int from = 0; from < passages.size(); from += EMBEDDING_BATCH) {
            check.run();
            List<String> texts = passages.subList(from, Math.min(from + EMBEDDING_BATCH, passages.size())).stream()
                    .map(PassageIndex::embeddedText)
                    .toList();
            vectors.addAll(embedder.embedPassages(texts));
            progress.embedded(vectors.size(), passages.size());
        }
        return vectors;
    }

    private static void checkWanted(BooleanSupplier stillWanted, KnowledgeBase knowledge) {
        if (!stillWanted.getAsBoolean()) {
            throw new BuildAbandonedException(knowledge.version());
        }
    }

    /**
     * What a passage's vector stands for: the heading tells the model what the text is about. The
     * Vietnamese glosses of English passages ("Track II (Vietnamese: ngoại giao nhánh II)") are left
     * out: the model reads only English, and the syllables pulled English paraphrases away from the
     * passages that answer them (English dense R@3 0.944 -> 0.952 without them). The English glosses
     * of Vietnamese passages stay, as they are all the model can read there.
     */
    private static String embeddedText(Passage passage) {
        return VIETNAMESE_GLOSS
                .matcher(passage.title() + ". " + passage.section() + ". " + passage.text())
                .replaceAll("");
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public String version() {
        return version;
    }

    public int size() {
        return reader.numDocs();
    }

    /** The passage stored in a document of this index. */
    public Passage passage(int docId) {
        if (read.isEmpty()) {
            return stored(docId);
        }
        Passage passage = read.get().get(docId);
        if (passage == null) {
            passage = stored(docId);
            read.get().set(docId, passage);
        }
        return passage;
    }

    private Passage stored(int docId) {
        try {
            return PassageDocuments.passage(reader.storedFields().document(docId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read passage " + docId + " from the index", e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Closeable resource : owned) {
            resource.close();
        }
    }
}
