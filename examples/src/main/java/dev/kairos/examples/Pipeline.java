package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.log.LogRecord;
import dev.kairos.param.Return;
import dev.kairos.task.TaskDefinition;
import java.util.List;

/**
 * A pipeline with the builder API: fetch, then transform, then store; report-errors runs when any
 * step fails. The rows pass from step to step with {@link Return}. {@code main} simulates a day on
 * which the fetched data is bad once.
 */
public final class Pipeline {
    private Pipeline() {
    }

    /** The pipeline's tasks; {@code badRows} makes transform fail. */
    public static SessionBuilder session(boolean badRows) {
        return Session.builder()
                .parameter("rows", Return.of("fetch"))
                .parameter("clean", Return.of("transform"))
                .task(TaskDefinition.builder("fetch").start("daily after 06:00")
                        .body(ctx -> badRows ? List.of("a", "", "c") : List.of("a", "b", "c")).build())
                .task(TaskDefinition.builder("transform").start("after task 'fetch' succeeded").body(ctx -> {
                    List<?> rows = (List<?>) ctx.require("rows");
                    if (rows.contains("")) {
                        throw new IllegalStateException("row " + rows.indexOf("") + " is empty");
                    }
                    return rows.stream().map(r -> r.toString().toUpperCase()).toList();
                }).build())
                .task(TaskDefinition.builder("store").start("after task 'transform' succeeded")
                        .body(ctx -> {
                            ctx.message("stored " + ctx.require("clean"));
                            return null;
                        }).build())
                .task(TaskDefinition.builder("report-errors")
                        .start("after any tasks 'fetch', 'transform', 'store' failed")
                        .body(ctx -> {
                            ctx.message("a step failed: someone is told");
                            return null;
                        }).build());
    }

    /** The runs of a simulated day. */
    public static List<LogRecord> simulateDay(boolean badRows) {
        return Simulation.run(session(badRows), "2024-05-06T00:00:00Z", "2024-05-06T22:00:00Z");
    }

    public static void main(String[] args) {
        System.out.println("-- a good day");
        Simulation.print(simulateDay(false));
        System.out.println("-- a bad day");
        Simulation.print(simulateDay(true));
    }
}
