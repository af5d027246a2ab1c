package dev.kairos.examples.boot;

import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Fetches a batch of amounts every 30 seconds (simulated) into the {@link Warehouse}. Every third
 * fetch fails on purpose, so that the failure branch ({@link AlertTask}) has something to do.
 */
@Component
class FetchTask {
    /** Every how many fetches one fails: the third, the sixth, … */
    static final int FAILS_EVERY = 3;

    private final Warehouse warehouse;
    private final AtomicInteger fetches = new AtomicInteger();

    FetchTask(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Task(name = "fetch", start = "every 30 seconds")
    public void fetch(TaskContext context) {
        int n = fetches.incrementAndGet();
        if (n % FAILS_EVERY == 0) {
            String why = "fetch #" + n + ": the upstream feed answered 503 (this example fails every third fetch "
                    + "on purpose)";
            warehouse.fetchFailed(why);
            throw new IllegalStateException(why);
        }
        List<Integer> amounts = IntStream.rangeClosed(1, 2 + n % 4).map(i -> i * n).boxed().toList();
        warehouse.store(new Warehouse.Batch(n, amounts));
        context.message("batch " + n + ": " + amounts.size() + " amounts");
    }
}
