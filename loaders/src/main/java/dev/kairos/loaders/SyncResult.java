package dev.kairos.loaders;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link DirectoryLoader#sync()} did.
 *
 * @param added     names of tasks that joined the session
 * @param replaced  names of tasks whose file changed and whose new version replaced the old one
 * @param removed   names of tasks that left the session (their file was deleted or no longer
 *                  defines them)
 * @param problems  the problems found in this sync (files that did not change are not read again,
 *                  so their earlier problems are in {@link DirectoryLoader#problems()} only)
 * @param filesRead how many files were read (new or changed ones); 0 when nothing changed
 */
public record SyncResult(List<String> added, List<String> replaced, List<String> removed,
        List<LoadProblem> problems, int filesRead) {

    /** Copies the lists; none may be null. */
    public SyncResult {
        added = List.copyOf(Objects.requireNonNull(added, "added"));
        replaced = List.copyOf(Objects.requireNonNull(replaced, "replaced"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (filesRead < 0) {
            throw new IllegalArgumentException("filesRead must not be negative, was " + filesRead);
        }
    }

    /** Whether the session's tasks changed. */
    public boolean changedTasks() {
        return !added.isEmpty() || !replaced.isEmpty() || !removed.isEmpty();
    }
}
