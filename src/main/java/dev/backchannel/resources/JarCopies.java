package dev.backchannel.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of the jar copied to disk once, for what reads them on every start: a model, or a native
 * library that its Java side would otherwise write out of the jar each time. A copy is named after
 * its jar entry's checksum, so a new jar's file gets a new copy and an old copy is never mistaken
 * for it.
 */
public final class JarCopies {

    private static final Logger log = LoggerFactory.getLogger(JarCopies.class);

    private JarCopies() {}

    /** The resource's checksum in the jar (its length outside one): what names its copies. */
    public static Optional<String> checksum(String resource) {
        URL url = JarCopies.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            return Optional.of(
                    connection instanceof JarURLConnection jar
                            ? Long.toHexString(jar.getJarEntry().getCrc())
                            : Long.toHexString(connection.getContentLengthLong()));
        } catch (IOException | RuntimeException e) {
            log.debug("Reading {} from the jar: cannot tell its version ({})", resource, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The resource copied to {@code file}, unless it is there already; empty when it is not in the
     * jar or cannot be copied, and the caller then reads it from the jar as before.
     */
    public static Optional<Path> copy(String resource, Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        URL url = JarCopies.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            OnceWritten.file(file, partial -> {
                try (InputStream in = url.openStream()) {
                    Files.copy(in, partial);
                }
            });
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.debug("Reading {} from the jar: no copy on disk at {} ({})", resource, file, e.toString());
            return Optional.empty();
        }
    }
}
