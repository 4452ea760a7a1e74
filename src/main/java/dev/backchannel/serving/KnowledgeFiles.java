package dev.backchannel.serving;

import dev.backchannel.config.IndexConfig;
import dev.backchannel.config.KnowledgeConfig;
import dev.backchannel.knowledge.ContentHash;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.Topic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The knowledge folder as read at start-up and at each reload, with the same problem reports. */
public final class KnowledgeFiles {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFiles.class);

    /** Bumped whenever what a snapshot holds changes shape. */
    private static final String SNAPSHOT_FORMAT = "parsed-1";

    private final Path dir;
    private final KnowledgeLoader loader;
    private final Optional<ParsedKnowledgeCache> cache;
    private final String snapshotSalt;

    /**
     * Files whose parsed form is kept beside the index ({@code <index.dir>/parsed}) when the code
     * runs from a jar, whose stamp then says which parsing rules made a snapshot.
     */
    public KnowledgeFiles(KnowledgeConfig config, IndexConfig index) {
        this(config, index.dir().resolve("parsed"), CodeStamp.ofRunningJar());
    }

    /** @param codeStamp which build parses the files; none keeps no snapshot */
    KnowledgeFiles(KnowledgeConfig config, Path cacheDir, Optional<String> codeStamp) {
        this.cache = codeStamp.map(stamp -> new ParsedKnowledgeCache(cacheDir));
        this.dir = config.dir();
        this.loader = KnowledgeLoader.limitedBy(config);
        // Everything the parsed result depends on besides the files' bytes: the code that parsed
        // them, its limits, and where the files are (a topic keeps its file's path).
        this.snapshotSalt = String.join(
                "|",
                SNAPSHOT_FORMAT,
                codeStamp.orElse(""),
                String.valueOf(config.maxFileBytes()),
                String.valueOf(config.maxPassages()),
                dir.toAbsolutePath().normalize().toString());
    }

    public Path dir() {
        return dir;
    }

    /** The topics that load, and the version of the files they were read from. */
    public record Read(List<Topic> topics, String version) {}

    /**
     * The topics that load and the files' version under {@code salt} (what else their index depends
     * on), the files hashed once for both: the snapshot kept of them is named by the same reading.
     */
    public Read read(String salt) {
        List<String> hashes = ContentHash.ofEach(dir, List.of(salt, snapshotSalt));
        return new Read(topicsUnder(hashes.get(1)), hashes.get(0));
    }

    /** The topics that load; each broken file is skipped with an error naming its file and line. */
    public List<Topic> topics() {
        return topicsUnder(ContentHash.of(dir, snapshotSalt));
    }

    /**
     * The topics that load and every problem found in the files, as {@code check} reports them: the
     * kept snapshot holds the problems as well, so unchanged files are not parsed again to list them.
     */
    public KnowledgeLoader.Result loaded() {
        return loadedUnder(ContentHash.of(dir, snapshotSalt));
    }

    private KnowledgeLoader.Result loadedUnder(String key) {
        return cache.isEmpty() ? loader.load(dir) : loadThrough(cache.get(), key);
    }

    /** @param key the files' hash under the snapshot's salt */
    private List<Topic> topicsUnder(String key) {
        KnowledgeLoader.Result loaded = loadedUnder(key);
        for (Problem problem : loaded.problems()) {
            if (problem.isError()) {
                log.error("Skipping broken knowledge file: {}", problem.describe());
            } else {
                log.debug("{}", problem.describe());
            }
        }
        return loaded.topics();
    }

    private KnowledgeLoader.Result loadThrough(ParsedKnowledgeCache cache, String key) {
        Optional<KnowledgeLoader.Result> kept = cache.read(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        KnowledgeLoader.Result loaded = loader.load(dir);
        // A file edited while the folder was read: what was parsed is not the version the key names.
        if (ContentHash.of(dir, snapshotSalt).equals(key)) {
            cache.write(key, loaded);
        }
        return loaded;
    }

    /**
     * The version of the files as they are now. Far cheaper than loading them, so a reload can tell
     * that nothing changed before doing any work.
     *
     * @param salt what else the index depends on (its format, the embedding model)
     */
    public String version(String salt) {
        return ContentHash.of(dir, salt);
    }
}
