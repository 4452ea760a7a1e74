package dev.backchannel.serving;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder and every folder under it, including folders created later, and
 * runs a reload once the files have been quiet for the debounce period, so a burst of saves costs
 * one reload. Reloads run on the watcher's own thread, one at a time; what changes during one is
 * picked up by the next.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    /** A reload under way when the process stops is let finish, so it leaves no half-built index. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final WatchService service;
    private final Path root;
    private final Duration quiet;
    private final Runnable reload;
    /** Only the watcher's thread touches it once started. */
    private final Map<WatchKey, Path> watched = new HashMap<>();

    private final Thread thread;

    private KnowledgeWatcher(WatchService service, Path root, Duration quiet, Runnable reload) {
        this.service = service;
        this.root = root;
        this.quiet = quiet;
        this.reload = reload;
        this.thread = new Thread(this::run, "knowledge-watcher");
        // A reload stuck on a remote embedding service must not keep the process alive.
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code root}.
     *
     * @param quiet how long the files must stay unchanged before {@code reload} runs
     */
    public static KnowledgeWatcher start(Path root, Duration quiet, Runnable reload) throws IOException {
        WatchService service = root.getFileSystem().newWatchService();
        KnowledgeWatcher watcher = new KnowledgeWatcher(service, root, quiet, reload);
        try {
            watcher.registerTree(root);
        } catch (IOException | UncheckedIOException e) {
            service.close();
            throw e;
        }
        watcher.thread.start();
        log.info("Watching {} for knowledge changes (reload after {} ms without changes)", root, quiet.toMillis());
        return watcher;
    }

    private void run() {
        try {
            boolean pending = false;
            long deadline = 0;
            while (true) {
                WatchKey key =
                        pending ? service.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) : service.take();
                if (key == null) {
                    pending = false;
                    reloadNow();
                } else {
                    handle(key);
                    pending = true;
                    deadline = System.nanoTime() + quiet.toNanos();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            log.debug("Stopped watching {}", root);
        }
    }

    private void handle(WatchKey key) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were dropped, a new folder's among them perhaps: registering again is harmless.
                registerTreeQuietly(root);
            } else if (event.kind() == ENTRY_CREATE && dir != null) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    registerTreeQuietly(created);
                }
            }
        }
        if (!key.reset()) {
            watched.remove(key);
            if (root.equals(dir)) {
                log.warn("The knowledge folder {} was removed; changes are no longer watched until a restart", root);
            }
        }
    }

    private void reloadNow() {
        try {
            reload.run();
        } catch (RuntimeException e) {
            log.error("Reloading the knowledge failed", e);
        }
    }

    /**
     * Registers a folder before listing it: a subfolder created in between is then seen either by
     * the listing or as an event. Listing first lost a subfolder made in that gap ("more" and then
     * "more/en" by one createDirectories), and with it every file later saved there.
     */
    private void registerTree(Path top) throws IOException {
        watched.put(top.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), top);
        List<Path> subfolders;
        try (Stream<Path> children = Files.list(top)) {
            subfolders = children.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
        for (Path subfolder : subfolders) {
            registerTree(subfolder);
        }
    }

    private void registerTreeQuietly(Path top) {
        try {
            registerTree(top);
        } catch (IOException | UncheckedIOException e) {
            // Gone again already: its removal is an event of its own.
            log.debug("Could not watch {}: {}", top, e.toString());
        }
    }

    /** Stops watching, after letting a reload under way finish. */
    @Override
    public void close() {
        try {
            service.close();
            thread.join(STOP_GRACE.toMillis());
            if (thread.isAlive()) {
                log.warn("A knowledge reload is still running after {}; leaving it", STOP_GRACE);
            }
        } catch (IOException e) {
            log.warn("Closing the knowledge watcher failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
