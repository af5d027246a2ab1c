package dev.kairos.loaders;

import java.util.List;

/** A file version that cannot be loaded, with every problem found in it. */
final class BadFile extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    BadFile(List<LoadProblem> problems) {
        super(problems.isEmpty() ? "bad file" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    BadFile(LoadProblem problem) {
        this(List.of(problem));
    }

    List<LoadProblem> problems() {
        return problems;
    }
}
