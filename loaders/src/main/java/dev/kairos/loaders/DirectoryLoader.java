package dev.kairos.loaders;

import dev.kairos.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Keeps a session's tasks in step with a directory of task files: Java sources ({@code *.java},
 * compiled in memory), jars ({@code *.jar}) and task descriptors ({@code *.task}). Make one with
 * {@link #builder(Session, Path)}.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>A changed file replaces exactly the tasks that came from it; a deleted file removes them
 *       (their runs going on finish and are recorded); a file that did not change is not read.</li>
 *   <li>A file is loaded whole or not at all. A version that cannot be loaded (compile error,
 *       unknown key, unreadable condition, a file caught half-written, a task name another file
 *       already has) is reported as {@link LoadProblem}s naming the file, line and column, and the
 *       previous version's tasks keep running until a good version arrives.</li>
 *   <li>A task name belongs to the first file that defined it (on the first sync, files are taken in
 *       path order); another file defining it is refused with a problem naming both files.</li>
 *   <li>Only the session's user decides what runs, since task code runs with the session's
 *       permissions. A file is loaded only if it, and every directory from the filesystem root down
 *       to it, is owned by the session's user or root and not writable by group or others (above the
 *       task directory, a sticky directory such as {@code /tmp} is fine), as sshd's StrictModes
 *       checks a user's keys. The task directory is refused otherwise; a file or subdirectory is left
 *       out with a problem naming it, and the tasks it had keep running. {@link
 *       DirectoryLoaderBuilder#allowWritableByOthers} turns the check off.</li>
 *   <li>Symbolic links inside the task directory are not followed: a link named like a task file, or
 *       to a directory, is a problem naming it. A task directory that is itself a link is followed.</li>
 *   <li>One file never stops the loader: whatever reading it causes (an error, a stack overflow, a
 *       lack of memory) is that file's problem, and the other files and later changes are loaded. A
 *       file larger than its kind allows is not read: {@code .task} 1 MiB, {@code .java} 4 MiB,
 *       {@code .jar} 256 MiB. A subdirectory that cannot be read is a problem, and the tasks of its
 *       files keep running.</li>
 * </ul>
 *
 * <p>Not guaranteed: replacing a file's tasks is not atomic for the session (each task is removed,
 * then added again), so a run of the old version still going on is not counted as a run of the new
 * one. Session parameters set by {@code @Parameter} methods stay set when their file is deleted.
 *
 * <p>Thread-safe: {@link #sync()} may be called from any thread; calls are serialised.
 */
public interface DirectoryLoader extends AutoCloseable {

    /**
     * A builder for a loader that adds the tasks of {@code directory} to {@code session}.
     *
     * @throws NullPointerException if an argument is null
     */
    static DirectoryLoaderBuilder builder(Session session, Path directory) {
        return new DirectoryLoaderBuilder(session, directory);
    }

    /**
     * Scans the directory once and brings the session up to date: reads new and changed files
     * (nothing else), loads their tasks, removes the tasks of deleted files. Never throws for bad
     * input: problems are returned, logged and kept in {@link #problems()}.
     *
     * @throws IllegalStateException if the loader was closed
     */
    SyncResult sync();

    /**
     * Watches the directory on a thread of its own: once files stop changing for the quiet period,
     * calls {@link #sync()}; also every rescan interval, as a safety net for file systems that do
     * not report changes. Syncs once before returning. Calling it again does nothing.
     *
     * @throws IllegalStateException if the loader was closed
     */
    void watch();

    /** The problems of the files as last read, in path order; empty when every file loaded. */
    List<LoadProblem> problems();

    /** For each task the loader put in the session, the file it came from. */
    Map<String, Path> origins();

    /** The directory. */
    Path directory();

    /** Stops watching. The loaded tasks stay in the session. */
    @Override
    void close();
}
