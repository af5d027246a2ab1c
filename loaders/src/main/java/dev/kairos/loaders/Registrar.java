package dev.kairos.loaders;

import dev.kairos.Session;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each file's tasks in the session and keeps the ledger of which file owns which task name.
 * A file's new version goes in whole or not at all: its old tasks are removed, the new ones added,
 * and if one cannot be added the new ones are taken out and the old ones put back. A version that
 * cannot go in yet (a name another file owns, a condition naming a task not there yet) waits and is
 * tried again whenever the directory changes.
 */
final class Registrar {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryLoader.class);

    private final Session session;
    private final Map<String, Path> owners = new HashMap<>();
    private final Map<Path, FileTasks> active = new HashMap<>();
    private final Map<Path, FileTasks> waiting = new TreeMap<>();

    Registrar(Session session) {
        this.session = session;
    }

    Map<String, Path> owners() {
        return Map.copyOf(owners);
    }

    /** A good new version of a file, to be put in the session at the next {@link #commit}. */
    void offer(Path file, FileTasks tasks) {
        waiting.put(file, tasks);
    }

    /** A newer version of the file is bad: forget any good version that was waiting. */
    void withdraw(Path file) {
        waiting.remove(file);
    }

    boolean hasWaiting() {
        return !waiting.isEmpty();
    }

    /** The file is gone: its tasks leave the session (their runs going on finish). */
    void remove(Path file, Changes changes) {
        waiting.remove(file);
        FileTasks old = active.remove(file);
        if (old != null) {
            for (String name : old.names()) {
                session.remove(name);
                owners.remove(name);
                changes.removed.add(name);
            }
        }
        changes.judged.put(file, List.of());
    }

    /** Tries every waiting version, again and again while one more goes in (they may depend on each other). */
    void commit(Changes changes) {
        Map<Path, List<LoadProblem>> failures = new HashMap<>();
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (Path file : List.copyOf(waiting.keySet())) {
                List<LoadProblem> problems = apply(file, waiting.get(file), changes);
                if (problems.isEmpty()) {
                    waiting.remove(file);
                    failures.remove(file);
                    changes.judged.put(file, List.of());
                    progress = true;
                } else {
                    failures.put(file, problems);
                }
            }
        }
        changes.judged.putAll(failures);
    }

    private List<LoadProblem> apply(Path file, FileTasks next, Changes changes) {
        List<LoadProblem> problems = clashes(file, next);
        if (!problems.isEmpty()) {
            return problems;
        }
        FileTasks old = active.get(file);
        List<String> oldNames = old == null ? List.of() : old.names();
        List<String> dropped = oldNames.stream().filter(n -> !next.names().contains(n)).toList();
        dropped.forEach(session::remove);
        List<String> added = new ArrayList<>();
        List<String> swapped = new ArrayList<>();
        String failure = putAll(next.tasks(), oldNames, added, swapped);
        if (failure != null) {
            added.forEach(session::remove);
            if (old != null) {
                for (TaskDefinition d : old.tasks()) {
                    putBack(file, d, swapped.contains(d.name()));
                }
            }
            return List.of(LoadProblem.of(file, failure));
        }
        oldNames.forEach(owners::remove);
        next.names().forEach(n -> owners.put(n, file));
        active.put(file, next);
        next.parameters().forEach(session::setParameter);
        for (String n : next.names()) {
            (oldNames.contains(n) ? changes.replaced : changes.added).add(n);
        }
        oldNames.stream().filter(n -> !next.names().contains(n)).forEach(changes.removed::add);
        return List.of();
    }

    /** A task of the previous version, back in the session after the new version was refused. */
    private void putBack(Path file, TaskDefinition d, boolean swapped) {
        try {
            if (swapped) {
                session.replace(d);
            } else if (!session.taskNames().contains(d.name())) {
                session.add(d);
            }
        } catch (RuntimeException e) {
            LOG.error("{}: could not put back task '{}' of the previous version: {}", file, d.name(), e.getMessage());
        }
    }

    /**
     * Puts the tasks in, retrying those refused while others go in (a condition may name a later one):
     * a name the previous version had is replaced in one step (its runs going on stay its runs, so the
     * new definition waits for them), a new name is added.
     */
    private String putAll(List<TaskDefinition> tasks, List<String> oldNames, List<String> added,
            List<String> swapped) {
        List<TaskDefinition> left = new ArrayList<>(tasks);
        Map<String, String> refusals = new TreeMap<>();
        boolean progress = true;
        while (progress && !left.isEmpty()) {
            progress = false;
            for (TaskDefinition d : List.copyOf(left)) {
                try {
                    if (oldNames.contains(d.name())) {
                        session.replace(d);
                        swapped.add(d.name());
                    } else {
                        Optional<String> got = session.add(d);
                        if (got.isEmpty() || !got.get().equals(d.name())) {
                            got.ifPresent(session::remove);
                            return "the session would not add task '" + d.name() + "' under its name (its "
                                    + "onDuplicate policy); the loader checks names itself";
                        }
                        added.add(d.name());
                    }
                    left.remove(d);
                    refusals.remove(d.name());
                    progress = true;
                } catch (RuntimeException e) {
                    refusals.put(d.name(), e.getMessage());
                }
            }
        }
        return left.isEmpty() ? null : "the session refused " + String.join("; ", refusals.values());
    }

    private List<LoadProblem> clashes(Path file, FileTasks next) {
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String n : next.names()) {
            if (!seen.add(n)) {
                twice.add(n);
            }
        }
        twice.forEach(n -> problems.add(LoadProblem.of(file, "task '" + n + "' is defined more than once in this "
                + "file; give each task its own name")));
        for (String n : seen) {
            Path owner = owners.get(n);
            if (owner != null && !owner.equals(file)) {
                problems.add(LoadProblem.of(file, "task '" + n + "' is already defined by " + owner + "; this file "
                        + "is not loaded while that one has the name. Rename the task in one of the two files"));
            } else if (owner == null && session.taskNames().contains(n)) {
                problems.add(LoadProblem.of(file, "task '" + n + "' is already in the session, added there by code "
                        + "and not from a task file; rename the task"));
            }
        }
        return problems;
    }
}
