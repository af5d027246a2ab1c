package dev.kairos.internal.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this JVM has started for its runs and not yet seen end, kept in a directory of the user's
 * own ({@code kairos-UID/processes} in the temporary directory, mode 0700, refused if another user
 * owns it or may write it): one empty file per process, named by this JVM's and the process's ids
 * and start instants, holding the task's name. A JVM killed outright (SIGKILL, a power cut of the
 * JVM alone) cannot stop its processes; the next start of a task of the same name, by any session
 * of the user on this machine, first stops those that a JVM no longer alive left of that task. The
 * start instants make sure that a process id the system has given to another process since is never
 * taken for the one that was started. Not API.
 */
public final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.Session");
    private static final Optional<Instant> SELF_START = ProcessHandle.current().info().startInstant();
    private static final String SELF = ProcessHandle.current().pid() + "." + SELF_START.map(Instant::toEpochMilli)
            .orElse(0L);
    private static volatile Path directory;
    private static volatile boolean refused;

    private Leftovers() {
    }

    /** One process noted as started; {@link #ended} removes the note. */
    public record Note(Path file) {
    }

    /**
     * Notes {@code process}, started for a run of {@code task}; null where no note can be kept (the
     * directory is refused, or the system gives no start instants), which only loses this protection.
     */
    public static Note started(String task, ProcessHandle process) {
        Path dir = directory();
        Optional<Instant> start = process.info().startInstant();
        if (dir == null || start.isEmpty() || SELF_START.isEmpty()) {
            return null;
        }
        Path file = dir.resolve(SELF + "-" + process.pid() + "." + start.get().toEpochMilli());
        try {
            Files.write(file, task.getBytes(StandardCharsets.UTF_8));
            return new Note(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The process of {@code note} ended and what it left was stopped. */
    public static void ended(Note note) {
        if (note != null) {
            try {
                Files.deleteIfExists(note.file());
            } catch (IOException e) {
                // a stale note names a process that is gone: the next look removes it
            }
        }
    }

    /**
     * Before a run of {@code task} starts: stops every process of that task that a JVM no longer
     * alive noted and left running, with what it started, and forgets the notes of processes that
     * are gone.
     */
    public static void stopLeftOver(String task, Duration grace) {
        Path dir = directory();
        if (dir == null) {
            return;
        }
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(dir)) {
            for (Path note : notes) {
                look(note, task, grace);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read the notes of started processes in {}: {}", dir, e.toString());
        }
    }

    private static void look(Path note, String task, Duration grace) throws IOException {
        String[] ids = note.getFileName().toString().split("-");
        if (ids.length != 2 || SELF.equals(ids[0]) || alive(ids[0]).isPresent()) {
            return; // this JVM's, or a live JVM's: theirs to stop
        }
        Optional<ProcessHandle> left = alive(ids[1]);
        if (left.isEmpty()) {
            Files.deleteIfExists(note);
            return;
        }
        if (!task.equals(Files.readString(note, StandardCharsets.UTF_8))) {
            return;
        }
        String what = left.get().info().commandLine().orElse("?");
        int more = ProcessTree.stopSession(left.get(), grace);
        ProcessTree.stop(left.get(), grace);
        LOG.warn("stopped process {} ({}) of task '{}' and {} process(es) it started, left running by a session that"
                + " ended without stopping them", left.get().pid(), what, task, more);
        Files.deleteIfExists(note);
    }

    /** The live process named {@code PID.STARTMILLIS}, if that process still runs. */
    private static Optional<ProcessHandle> alive(String id) {
        int dot = id.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(id.substring(0, dot));
            long start = Long.parseLong(id.substring(dot + 1));
            return ProcessHandle.of(pid).filter(p -> p.info().startInstant().map(Instant::toEpochMilli)
                    .filter(s -> s == start).isPresent());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Path directory() {
        Path dir = directory;
        if (dir != null || refused) {
            return dir;
        }
        synchronized (Leftovers.class) {
            if (directory == null && !refused) {
                directory = make();
                refused = directory == null;
            }
            return directory;
        }
    }

    private static Path make() {
        Path self = Path.of("/proc/self");
        try {
            Object uid = Files.getAttribute(self, "unix:uid");
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "kairos-" + uid);
            Path dir = base.resolve("processes");
            Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
            for (Path d : List.of(base, dir)) {
                try {
                    Files.createDirectory(d, PosixFilePermissions.asFileAttribute(owner));
                } catch (FileAlreadyExistsException e) {
                    // made before: checked below
                }
                if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                        || !uid.equals(Files.getAttribute(d, "unix:uid", LinkOption.NOFOLLOW_LINKS))
                        || !owner.containsAll(Files.getPosixFilePermissions(d, LinkOption.NOFOLLOW_LINKS))) {
                    LOG.warn("{} is not a directory of this user's alone; processes a killed session leaves running"
                            + " will not be stopped by the next one", d);
                    return null;
                }
            }
            return dir;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return null; // not Linux, or no temporary directory: no notes
        }
    }
}
