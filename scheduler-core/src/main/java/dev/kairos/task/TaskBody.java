package dev.kairos.task;

/**
 * The code of a task. Its return value is the run's result (what {@code Return.of(task)} passes to
 * other tasks); throwing makes the run a failure, except {@link NothingToDo}, which makes it an
 * inaction. Returning a {@link NothingToDo} has the same effect as throwing it.
 */
@FunctionalInterface
public interface TaskBody {

    /** Runs the task once. */
    Object run(TaskContext context) throws Exception;
}
