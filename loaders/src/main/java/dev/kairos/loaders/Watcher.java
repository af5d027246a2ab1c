package dev.kairos.loaders;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link SyncingLoader#sync()} when the directory tree changes, once changes have stopped for
 * the quiet period (an editor's save, a copy of many files, are taken in one sync), and every rescan
 * interval whatever happened. What changed is decided by the sync's scan, not by the events, so a
 * lost or coalesced event costs at most one rescan interval.
 */
final class Watcher {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryLoader.class);

    private final SyncingLoader loader;
    private final Duration quiet;
    private final Duration rescan;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private Thread thread;
    private volatile WatchService service;

    Watcher(SyncingLoader loader, Duration quiet, Duration rescan) {
        this.loader = loader;
        this.quiet = quiet;
        this.rescan = rescan;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            service = loader.directory().getFileSystem().newWatchService();
        } catch (IOException e) {
            LOG.warn("cannot watch {} ({}); it is rescanned every {} instead", loader.directory(), e, rescan);
        }
        do {
            loader.sync();
        } while (register());
        thread = new Thread(this::run, "kairos-loader-" + loader.directory().getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.toString());
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (waitForChange()) {
                    while (poll(quiet) != null) {
                        // keep draining until the directory is quiet
                    }
                }
                do {
                    loader.sync();
                } while (register()); // files made in a new directory before it was watched: scan again
            } catch (InterruptedException e) {
                return; // closed
            } catch (RuntimeException | Error e) {
                if (loader.closed()) {
                    return;
                }
                if (e instanceof ClosedWatchServiceException) {
                    LOG.warn("watching {} stopped; it is rescanned every {} instead", loader.directory(), rescan);
                    service = null;
                } else {
                    LOG.error("syncing {} failed; trying again at the next change: {}", loader.directory(),
                            e.toString());
                    LOG.debug("syncing {} failed", loader.directory(), e);
                }
            }
        }
    }

    /** Waits up to the rescan interval; true if something changed. */
    private boolean waitForChange() throws InterruptedException {
        if (service == null) {
            Thread.sleep(rescan.toMillis());
            return false;
        }
        return poll(rescan) != null;
    }

    private WatchKey poll(Duration limit) throws InterruptedException {
        WatchKey key = service.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
            key.pollEvents();
            key.reset();
        }
        return key;
    }

    /** Watches every directory of the tree not watched yet; whether there was any. */
    private synchronized boolean register() {
        if (service == null) {
            return false;
        }
        boolean added = false;
        keys.values().removeIf(k -> !k.isValid());
        for (Path dir : loader.directories()) {
            if (!keys.containsKey(dir)) {
                try {
                    keys.put(dir, dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
                    added = true;
                } catch (IOException | IllegalStateException e) {
                    LOG.debug("cannot watch {}: {}", dir, e.toString());
                }
            }
        }
        return added;
    }
}
