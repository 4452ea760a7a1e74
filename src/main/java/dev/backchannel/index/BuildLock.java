package dev.backchannel.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one process at a time build an index version in a shared folder: the others wait for it,
 * then open what it published instead of spending a minute building the same index again.
 */
final class BuildLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BuildLock.class);
    /** How often a thread of this process retries a lock another of its threads holds. */
    private static final long RETRY_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other process or thread builds behind {@code file}, then holds it. */
    static BuildLock acquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            boolean told = false;
            while (true) {
                try {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new BuildLock(channel, lock);
                    }
                    if (!told) {
                        log.info("Another process is building this index; waiting for it ({})", file);
                        told = true;
                    }
                    // The other process holds it: block until it lets go.
                    return new BuildLock(channel, channel.lock());
                } catch (OverlappingFileLockException heldHere) {
                    // A file lock belongs to the whole process: another thread of ours holds it.
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("Interrupted while waiting to build the index", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock when nobody holds it now, to clean up after a version nobody builds. */
    static Optional<BuildLock> tryAcquire(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new BuildLock(channel, lock));
                }
            } catch (OverlappingFileLockException heldHere) {
                // Held by a thread of ours.
            }
            channel.close();
        } catch (IOException e) {
            // Gone, or not ours to lock: leave it.
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
