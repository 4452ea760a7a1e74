package dev.backchannel.serving;

import dev.backchannel.config.KnowledgeConfig;
import dev.backchannel.knowledge.ContentHash;
import dev.backchannel.knowledge.KnowledgeLoader;
import dev.backchannel.knowledge.Problem;
import dev.backchannel.knowledge.Topic;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The knowledge folder as read at start-up and at each reload, with the same problem reports. */
public final class KnowledgeFiles {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFiles.class);

    private final Path dir;
    private final KnowledgeLoader loader;

    public KnowledgeFiles(KnowledgeConfig config) {
        this.dir = config.dir();
        this.loader = KnowledgeLoader.limitedBy(config);
    }

    public Path dir() {
        return dir;
    }

    /** The topics that load; each broken file is skipped with an error naming its file and line. */
    public List<Topic> topics() {
        KnowledgeLoader.Result loaded = loader.load(dir);
        for (Problem problem : loaded.problems()) {
            if (problem.isError()) {
                log.error("Skipping broken knowledge file: {}", problem.describe());
            } else {
                log.debug("{}", problem.describe());
            }
        }
        return loaded.topics();
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
