package dev.backchannel.resources;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written once and kept: written under a name of the writing thread's own, then renamed
 * into place, so that no process ever reads half of it, and two processes writing it at once both
 * end with one whole file.
 */
public final class OnceWritten {

    /** Writes the file's content to the path it is given. */
    @FunctionalInterface
    public interface Writing<E extends Exception> {
        void into(Path partial) throws E, IOException;
    }

    private OnceWritten() {}

    /** {@code file}, written by {@code writing} first unless it is there already. */
    public static <E extends Exception> Path file(Path file, Writing<E> writing) throws E, IOException {
        if (Files.isRegularFile(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + "."
                + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".partial");
        try {
            Files.deleteIfExists(partial);
            writing.into(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            // Another process published the same file first: it is as good.
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
