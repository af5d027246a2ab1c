package dev.kairos.examples.boot;

import dev.kairos.task.NothingToDo;
import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;
import org.springframework.stereotype.Component;

/** Sums up the batch the latest successful fetch left in the {@link Warehouse}. */
@Component
class TransformTask {
    private final Warehouse warehouse;

    TransformTask(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Task(name = "transform", start = "after task 'fetch' succeeded")
    public void transform(TaskContext context) {
        // run by hand (POST /actuator/kairos/transform) before any fetch succeeded: an inaction, not a failure
        Warehouse.Batch batch = warehouse.latest().orElseThrow(() -> new NothingToDo("no batch fetched yet"));
        Warehouse.Summary s = new Warehouse.Summary(batch.number(), batch.amounts().size(),
                batch.amounts().stream().mapToLong(Integer::longValue).sum());
        String before = warehouse.store(s).map(p -> "; before: batch " + p.batch() + ", total " + p.total()).orElse("");
        context.message("batch " + s.batch() + ": " + s.items() + " amounts, total " + s.total() + before);
    }
}
