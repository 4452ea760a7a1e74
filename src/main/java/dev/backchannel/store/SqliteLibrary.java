package dev.backchannel.store;

import dev.backchannel.resources.JarCopies;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, loaded from a copy kept on disk. Without one, the driver writes it out
 * of the jar to a new temporary file on every start and compares the two byte by byte, about a
 * tenth of a second of processor time in a cold {@code ask}.
 */
public final class SqliteLibrary {

    /** The driver's own setting: the folder it loads its library from before trying the jar. */
    private static final String LIBRARY_PATH = "org.sqlite.lib.path";

    private SqliteLibrary() {}

    /**
     * For a database at {@code jdbcUrl} on SQLite, tells the driver to load this platform's library
     * from a copy in a folder of {@code dir} named after its checksum, copied there on first use.
     * Nothing is changed when the path is set already, the jar has no library for this platform, or
     * the copy fails: the driver then writes it out as before.
     */
    public static void useCopyIn(Path dir, String jdbcUrl) {
        if (Dialect.of(jdbcUrl) != Dialect.SQLITE || System.getProperty(LIBRARY_PATH) != null) {
            return;
        }
        copyIn(dir)
                .ifPresent(copy -> System.setProperty(
                        LIBRARY_PATH, copy.getParent().toAbsolutePath().toString()));
    }

    /** This platform's library copied into a folder of {@code dir} named after its checksum. */
    static Optional<Path> copyIn(Path dir) {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath().replaceFirst("^/", "") + "/" + name;
        return JarCopies.checksum(resource)
                .flatMap(checksum -> JarCopies.copy(
                        resource, dir.resolve("sqlite-" + checksum).resolve(name)));
    }
}
