package dev.kairos.internal.child;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A class-data-sharing archive of what a child JVM loads: the first child writes it as it exits
 * ({@code -XX:ArchiveClassesAtExit}), later children map it ({@code -XX:SharedArchiveFile}), so the
 * child's classes (Kairos's and the first task's) are not read, parsed and verified again by every
 * child. It is kept under a key of the JVM and the class path's content ({@link ChildArchives}), in
 * the user's cache, so the first child of a later session with the same classes maps it too; two
 * sessions that make it at once each write a file of their own and move it into place. Used only
 * when the session's JVM shares classes itself (there is a base archive), every class path entry is
 * a jar (the JVM cannot archive classes of a non-empty directory and stops with an error if asked
 * to) and the JVM options say nothing about sharing; a child whose archive
 * does not fit (other options, a changed class path) simply does without it, silently. A JVM that
 * refuses to start while asked to make it (see {@link #refusedAtStart}) turns it off. Thread-safe.
 */
final class ChildClassArchive {
    private static final int NONE = 0;
    private static final int MAKING = 1;
    private static final int READY = 2;
    private static final int OFF = 3;
    /** The JVM warns when an archive does not fit; that is no news for a task's log. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** Half-made archives older than this were left by a session that died while making one. */
    private static final Duration LEFT = Duration.ofHours(1);
    /** Archives not made again for this long are of class paths no longer in use. */
    private static final Duration UNUSED = Duration.ofDays(30);
    private static final AtomicLong MADE = new AtomicLong();

    private final Path file;
    private final Path making;
    private final AtomicInteger state;

    /**
     * @param directory where archives are kept ({@link ChildArchives#directory})
     * @param classPath the children's class path
     */
    ChildClassArchive(Path directory, String classPath) {
        // A JVM that does not share classes itself has no base archive to build on.
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        String key = sharing && archivable(classPath) ? keyOf(classPath) : null;
        String name = "classes-" + (key == null ? "none" : key);
        this.file = directory.resolve(name + ".jsa");
        this.making = directory.resolve(name + "-" + ProcessHandle.current().pid() + "-" + MADE.incrementAndGet()
                + ".part");
        this.state = new AtomicInteger(key == null ? OFF : made(file) ? READY : NONE);
    }

    /**
     * The archive of {@code classPath} in the user's cache ({@link ChildArchives#directory}), or in
     * {@code fallback} when the cache cannot be trusted; the cache is not touched at all when no
     * archive can be made of this class path.
     */
    static ChildClassArchive inUserCache(Path fallback, String classPath) {
        boolean wanted = System.getProperty("java.vm.info", "").contains("sharing") && archivable(classPath);
        return new ChildClassArchive(wanted ? ChildArchives.directory(fallback) : fallback, classPath);
    }

    /** Where the archive is, or will be once made. */
    Path file() {
        return file;
    }

    /**
     * The options to add to a child's command line, after {@code options}: the first child makes the
     * archive, the others use it once it is made. Pass them back to {@link #exited}.
     */
    List<String> optionsFor(List<String> options) {
        if (mentionsSharing(options)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(QUIET);
        if (state.get() == READY) {
            out.add("-XX:SharedArchiveFile=" + file);
        } else if (state.compareAndSet(NONE, MAKING)) {
            out.add("-XX:ArchiveClassesAtExit=" + making);
        } else {
            return List.of();
        }
        return out;
    }

    /**
     * Whether a child started with {@code added} never got to run because its JVM refused to start
     * while making the archive (no base archive: a JDK without one, or sharing turned off from the
     * environment, such as {@code JAVA_TOOL_OPTIONS=-Xshare:off}). The JVM says so on its output.
     * The archive is off by then ({@link #exited}), so starting the child again does without it.
     */
    boolean refusedAtStart(List<String> added, int exitCode, List<String> stdout, List<String> stderr) {
        return exitCode != 0 && added.contains("-XX:ArchiveClassesAtExit=" + making)
                && (mentionsInitFailure(stdout) || mentionsInitFailure(stderr));
    }

    private static boolean mentionsInitFailure(List<String> lines) {
        for (String line : lines) {
            if (line.contains("Error occurred during initialization of VM")) {
                return true;
            }
        }
        return false;
    }

    /** A child started with {@code added} from {@link #optionsFor} exited with {@code exitCode}. */
    void exited(List<String> added, int exitCode) {
        if (!added.contains("-XX:ArchiveClassesAtExit=" + making)) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(making) && Files.size(making) > 0) {
                Files.move(making, file, StandardCopyOption.ATOMIC_MOVE); // replaces one another session made
                state.set(READY);
                prune(file.getParent());
                return;
            }
        } catch (IOException e) {
            // no archive then: children start as they would without one
        }
        state.set(OFF);
        try {
            Files.deleteIfExists(making);
        } catch (IOException e) {
            // a temporary file in the session's child directory, deleted with it
        }
    }

    private static String keyOf(String classPath) {
        try {
            return ChildArchives.key(classPath);
        } catch (IOException | RuntimeException e) {
            return null; // a jar that cannot be read: no archive, the child finds out for itself
        }
    }

    /** Whether an earlier child, of this session or another, made the archive: a file of this user's. */
    private static boolean made(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) > 0
                    && ChildArchives.trusted(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes half-made archives left by sessions that died, and archives no one has made for long. */
    private static void prune(Path directory) {
        Instant now = Instant.now();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "classes-*")) {
            for (Path f : files) {
                Instant modified = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant();
                Duration age = Duration.between(modified, now);
                if (age.compareTo(f.toString().endsWith(".part") ? LEFT : UNUSED) > 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a cache: what is not deleted now is at the next archive made
        }
    }

    /** Whether the JVM can archive classes of this class path: jar files and empty directories only. */
    static boolean archivable(String classPath) {
        if (classPath == null || classPath.isBlank()) {
            return false;
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry.isEmpty() ? "." : entry);
            if (Files.isDirectory(p) && !isEmpty(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Path directory) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean mentionsSharing(List<String> options) {
        for (String o : options) {
            if (o.startsWith("-Xshare:") && !o.equals("-Xshare:auto") || o.contains("SharedArchiveFile")
                    || o.contains("ArchiveClassesAtExit") || o.contains("SharedSpaces") || o.startsWith("-Xlog:cds")) {
                return true;
            }
        }
        return false;
    }
}
