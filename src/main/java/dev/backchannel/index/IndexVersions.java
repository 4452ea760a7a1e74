package dev.backchannel.index;

import dev.backchannel.concurrent.ProcessLock;
import dev.backchannel.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folder holds one directory per knowledge version, named by its hash, so a new version
 * is built while the old one still serves. A version is written in a staging directory and
 * published by renaming it: a version directory always holds a complete index, and processes
 * sharing the folder never write into one another's.
 */
public final class IndexVersions {

    private static final Logger log = LoggerFactory.getLogger(IndexVersions.class);
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{16}");
    private static final String STAGING = ".building-";
    private static final Pattern STAGING_NAME = Pattern.compile("[0-9a-f]{16}" + Pattern.quote(STAGING) + "\\d+");
    private static final String LOCK_PREFIX = ".build-";
    private static final String LOCK_SUFFIX = ".lock";
    private static final Pattern LOCK_NAME =
            Pattern.compile(Pattern.quote(LOCK_PREFIX) + "([0-9a-f]{16})" + Pattern.quote(LOCK_SUFFIX));

    private final Path root;
    private final BuildProgress progress;

    public IndexVersions(Path root) {
        this(root, BuildProgress.SILENT);
    }

    /** @param progress told how a build goes, for whoever waits on it */
    public IndexVersions(Path root, BuildProgress progress) {
        this.root = root;
        this.progress = progress;
    }

    /** Where the index of {@code version} lives. */
    public Path directory(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("not a knowledge version: " + version);
        }
        return root.resolve(version);
    }

    /** The index of {@code knowledge}'s version: the one already on disk, else one built now. */
    public PassageIndex open(KnowledgeBase knowledge, Optional<Embedder> embedder) {
        return open(knowledge, embedder, () -> true);
    }

    /**
     * As {@link #open(KnowledgeBase, Optional)}, but a build stops with {@link
     * BuildAbandonedException}, publishing nothing, once {@code stillWanted} says no.
     */
    public PassageIndex open(KnowledgeBase knowledge, Optional<Embedder> embedder, BooleanSupplier stillWanted) {
        Path dir = directory(knowledge.version());
        try {
            Optional<PassageIndex> existing = existing(dir, knowledge.version());
            return existing.isPresent() ? existing.get() : build(dir, knowledge, embedder, stillWanted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open or build the index in " + dir, e);
        }
    }

    private static Optional<PassageIndex> existing(Path dir, String version) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            PassageIndex index = PassageIndex.open(dir);
            if (index.version().equals(version)) {
                return Optional.of(index);
            }
            index.close();
            log.warn("The index in {} holds version {}, not {}; building it again", dir, index.version(), version);
        } catch (IOException e) {
            // Half removed, or copied by hand: nothing in it can be trusted.
            log.warn("The index in {} cannot be read ({}); building it again", dir, e.toString());
        }
        deleteTree(dir);
        return Optional.empty();
    }

    private PassageIndex build(
            Path dir, KnowledgeBase knowledge, Optional<Embedder> embedder, BooleanSupplier stillWanted)
            throws IOException {
        Files.createDirectories(root);
        Path lockFile = lockFile(knowledge.version());
        try (ProcessLock lock = ProcessLock.acquire(lockFile, "building this index")) {
            // While this process waited, another may have published the version.
            Optional<PassageIndex> published = existing(dir, knowledge.version());
            if (published.isPresent()) {
                return published.get();
            }
            Path staging = Files.createTempDirectory(root, knowledge.version() + STAGING);
            try {
                log.info("Building the index for knowledge version {} in {}", knowledge.version(), dir);
                progress.started(knowledge.passages().size());
                try {
                    PassageIndex.write(staging, knowledge, embedder, stillWanted, progress);
                } catch (IOException | RuntimeException e) {
                    progress.stopped();
                    throw e;
                }
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
                progress.finished();
            } catch (IOException e) {
                // A process that does not take the lock (an older release) may have published it first:
                // its copy is as good. Renaming onto it fails with a bare "Directory not empty".
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
                log.debug("{} was published meanwhile; using it ({})", dir, e.toString());
            } finally {
                deleteTree(staging);
            }
            // Once the version is published nobody needs the lock: whoever takes it later, or still
            // waits on this file, finds the version and builds nothing.
            Files.deleteIfExists(lockFile);
        }
        return PassageIndex.open(dir);
    }

    private Path lockFile(String version) {
        return root.resolve(LOCK_PREFIX + version + LOCK_SUFFIX);
    }

    /** Removes the directory of a version this process served and has since replaced. */
    public void delete(String version) {
        deleteTree(directory(version));
    }

    /**
     * Removes what earlier runs left behind: version directories older than {@code version}'s, and
     * builds abandoned half-way. A directory whose index is being written is left alone. Another
     * process sharing the folder may still read an older version: on Linux and macOS its reader keeps
     * the files it opened, and elsewhere the removal fails and is logged.
     */
    public void removeOlderThan(String version) {
        Path current = directory(version);
        try (Stream<Path> children = Files.list(root)) {
            FileTime opened = Files.getLastModifiedTime(current);
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                boolean ours = VERSION.matcher(name).matches()
                        || STAGING_NAME.matcher(name).matches();
                Matcher lock = LOCK_NAME.matcher(name);
                if (lock.matches() && !lock.group(1).equals(version)) {
                    removeIdleLock(child);
                    continue;
                }
                if (ours
                        && !child.equals(current)
                        && Files.isDirectory(child)
                        && Files.getLastModifiedTime(child).compareTo(opened) < 0
                        && !beingWritten(child)) {
                    log.info("Removing the stale index {}", child);
                    deleteTree(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not look for stale indexes in {}: {}", root, e.toString());
        }
    }

    /** Removes the build lock of another version, unless a process is building that version now. */
    private static void removeIdleLock(Path file) {
        Optional<ProcessLock> idle = ProcessLock.tryAcquire(file);
        if (idle.isEmpty()) {
            return;
        }
        try (ProcessLock lock = idle.get()) {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not remove the build lock {}: {}", file, e.toString());
        }
    }

    private static boolean beingWritten(Path dir) {
        try (Directory directory = FSDirectory.open(dir);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return false;
        } catch (IOException e) {
            // Held by a writer, in this process or another, or it cannot be told: leave it.
            return true;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove {}: {}", dir, e.toString());
        }
    }
}
