package dev.kairos.loaders;

import java.nio.file.Path;
import java.util.List;

/** The outcome of reading one version of a file: its tasks, or (tasks null) the problems that reject it. */
record FileVersion(Path file, FileTasks tasks, List<LoadProblem> problems) {
    FileVersion {
        problems = List.copyOf(problems);
    }

    static FileVersion good(Path file, FileTasks tasks) {
        return new FileVersion(file, tasks, List.of());
    }

    static FileVersion bad(Path file, List<LoadProblem> problems) {
        return new FileVersion(file, null, problems);
    }

    boolean ok() {
        return tasks != null;
    }
}
