package dev.kairos.examples.boot;

import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;
import org.springframework.stereotype.Component;

/** The failure branch: raises an alert in the {@link Warehouse}, and logs it, after a fetch failed. */
@Component
class AlertTask {
    private final Warehouse warehouse;

    AlertTask(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Task(name = "alert", start = "after task 'fetch' failed")
    public void alert(TaskContext context) {
        String text = warehouse.lastFailure().map(why -> "fetch failed: " + why)
                .orElse("asked by hand; no fetch has failed yet");
        int n = warehouse.alertRaised();
        context.logger().warn("alert #{}: {}", n, text);
        context.message("alert #" + n + ": " + text);
    }
}
