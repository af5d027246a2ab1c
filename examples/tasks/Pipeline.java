package dev.kairos.examples.tasks;

import dev.kairos.task.NothingToDo;
import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;

/**
 * A pipeline in a task file: fetch, then transform, then store; report-errors runs when any step
 * fails. The loader compiles this file in memory when `kairos run examples/tasks` starts. Every third
 * transform fails, so the failure branch shows up within two minutes.
 */
public class Pipeline {
    private int transforms;

    @Task(start = "every 30 seconds", timeout = "20 seconds")
    public int fetch(TaskContext ctx) {
        int rows = 100 + (int) (ctx.started().getEpochSecond() % 50);
        ctx.logger().info("fetched {} rows", rows);
        return rows;
    }

    @Task(start = "after task 'fetch' succeeded")
    public void transform(TaskContext ctx) {
        transforms++;
        if (transforms % 3 == 0) {
            throw new IllegalStateException("row 42 has no date (this example fails every third transform)");
        }
        ctx.message("transformed");
    }

    @Task(start = "after task 'transform' succeeded")
    public void store(TaskContext ctx) {
        if (ctx.terminationRequested()) {
            throw new NothingToDo("stopping");
        }
        ctx.message("stored");
    }

    @Task(name = "report-errors", start = "after any tasks 'fetch', 'transform', 'store' failed")
    public void reportErrors(TaskContext ctx) {
        ctx.logger().warn("a pipeline step failed: see the task log");
    }
}
