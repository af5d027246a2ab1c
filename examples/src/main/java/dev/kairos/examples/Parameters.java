package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.log.LogRecord;
import dev.kairos.param.ParameterSupplier;
import dev.kairos.param.Return;
import dev.kairos.task.TaskDefinition;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parameters: a task value (beats a session value of the same name), a session supplier computed
 * right before each run that asks for it, and a {@link Return} of another task's result.
 */
public final class Parameters {
    private Parameters() {
    }

    public static SessionBuilder session() {
        AtomicInteger connections = new AtomicInteger();
        return Session.builder()
                .parameter("env", "prod")
                .parameter("connection", (ParameterSupplier<String>) () -> "connection #" + connections.incrementAndGet())
                .parameter("count", Return.of("count"))
                .task(TaskDefinition.builder("count").start("daily after 07:00").body(ctx -> 42).build())
                .task(TaskDefinition.builder("report").start("after task 'count' succeeded")
                        .parameter("env", "test")          // the task's value wins over the session's
                        .body(ctx -> {
                            ctx.message(ctx.require("env") + ", " + ctx.require("connection") + ", count="
                                    + ctx.require("count"));
                            return null;
                        }).build());
    }

    /** Two simulated days. */
    public static List<LogRecord> simulate() {
        return Simulation.run(session(), "2024-05-06T00:00:00Z", "2024-05-07T22:00:00Z");
    }

    public static void main(String[] args) {
        Simulation.print(simulate());
    }
}
