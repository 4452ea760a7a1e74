package dev.backchannel.concurrent;

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
 * Lets one process, and one thread in it, at a time do a job on shared files (build an index
 * version, migrate a database file) while the others wait for it, through a lock on a file of its
 * own. The lock file stays behind: deleting it would let a waiter lock a file nobody else sees.
 */
public final class ProcessLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessLock.class);
    /** How often a thread of this process retries a lock another of its threads holds. */
    private static final long RETRY_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits until no other process or thread holds {@code file}, then holds it; {@code job} names
     * what the holder does, for the line that says this process waits.
     */
    public static ProcessLock acquire(Path file, String job) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            boolean told = false;
            while (true) {
                try {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new ProcessLock(channel, lock);
                    }
                    if (!told) {
                        log.info("Another process is {}; waiting for it ({})", job, file);
                        told = true;
                    }
                    // The other process holds it: block until it lets go.
                    return new ProcessLock(channel, channel.lock());
                } catch (OverlappingFileLockException heldHere) {
                    // A file lock belongs to the whole process: another thread of ours holds it.
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new IOException("Interrupted while waiting for another process " + job, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock when nobody holds it now, to clean up after a job nobody does any more. */
    public static Optional<ProcessLock> tryAcquire(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new ProcessLock(channel, lock));
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
