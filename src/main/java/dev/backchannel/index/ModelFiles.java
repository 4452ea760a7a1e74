package dev.backchannel.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model's files copied out of the jar once, so that later starts read them from disk: loading
 * the shipped model from the jar inflated 34 MB on every start, about 0.7 s of a cold {@code ask}.
 * A copy is named after its jar entry's checksum, so a new model gets a new copy and an old copy
 * is never mistaken for it.
 */
final class ModelFiles {

    private static final Logger log = LoggerFactory.getLogger(ModelFiles.class);

    private ModelFiles() {}

    /**
     * The resource as a file in {@code dir}, copied there on first use; empty when it is not in the
     * jar or cannot be copied, and the caller then reads it from the jar as before.
     */
    static Optional<Path> of(String resource, Path dir) {
        URL url = ModelFiles.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            String version = connection instanceof JarURLConnection jar
                    ? Long.toHexString(jar.getJarEntry().getCrc())
                    : Long.toHexString(connection.getContentLengthLong());
            Path file = dir.resolve(version + "-" + resource);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
            Files.createDirectories(dir);
            // Written under a temporary name, then renamed: a process never reads half a copy.
            Path partial = Files.createTempFile(dir, resource, ".partial");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // Another process published the same copy first: it is as good.
            } finally {
                Files.deleteIfExists(partial);
            }
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.debug("Reading {} from the jar: no copy on disk in {} ({})", resource, dir, e.toString());
            return Optional.empty();
        }
    }
}
