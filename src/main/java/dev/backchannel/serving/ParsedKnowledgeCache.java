package dev.backchannel.serving;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.backchannel.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge folder as last parsed, kept on disk under the hash of its files: a start whose
 * files have not changed reads the topics back instead of parsing and checking every file again,
 * which is most of a one-shot command's own work. Only the newest snapshot is kept, and one that
 * cannot be read is parsed again, as if there were none.
 */
final class ParsedKnowledgeCache {

    private static final Logger log = LoggerFactory.getLogger(ParsedKnowledgeCache.class);
    private static final String SUFFIX = ".json";
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{16}" + Pattern.quote(SUFFIX));

    private final Path dir;
    // Records are written and read through their fields: derived accessors such as isError() are
    // not data and must not appear in the file.
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    ParsedKnowledgeCache(Path dir) {
        this.dir = dir;
    }

    /** The snapshot of the files whose hash is {@code key}, when there is a readable one. */
    Optional<KnowledgeLoader.Result> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), KnowledgeLoader.Result.class));
        } catch (IOException | RuntimeException e) {
            log.warn("The parsed knowledge in {} cannot be read ({}); parsing the files again", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code loaded} as the snapshot of {@code key}, replacing older ones. Written under a name
     * of its own and then renamed, so a reader never sees half a file; failing to write costs only
     * the next start's time.
     */
    void write(String key, KnowledgeLoader.Result loaded) {
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, key, ".partial");
            try {
                mapper.writeValue(partial.toFile(), loaded);
                Files.move(partial, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            removeAllBut(key);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not keep the parsed knowledge in {}: {}", dir, e.toString());
        }
    }

    private void removeAllBut(String key) throws IOException {
        Path kept = file(key);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (!file.equals(kept)
                        && NAME.matcher(file.getFileName().toString()).matches()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path file(String key) {
        return dir.resolve(key + SUFFIX);
    }
}
