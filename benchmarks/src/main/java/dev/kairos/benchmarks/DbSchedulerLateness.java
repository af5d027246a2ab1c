package dev.kairos.benchmarks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 5, lateness: db-scheduler's, its way, beside {@link SharedLateness}: {@code tasks}
 * recurring tasks with the cron schedule {@code * * * * * *} (every whole second), as many
 * threads, a {@code pollMillis} polling interval and the given polling strategy, one scheduler in
 * this JVM on a fresh database. A sample is the instant the body begins minus the execution's
 * {@code executionTime}; the first seconds are left out.
 */
final class DbSchedulerLateness {
    private DbSchedulerLateness() {
    }

    static Latencies run(Database server, int tasks, int pollMillis, String polling, Duration warmUp,
            Duration length) throws Exception {
        Latencies late = new Latencies();
        Database.Db db = server.fresh("dbs_lateness_" + polling);
        try (HikariDataSource ds = DbSchedulerTable.pool(db.url(), tasks)) {
            DbSchedulerTable.create(ds);
            List<RecurringTask<Void>> recurring = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                recurring.add(Tasks.recurring("s" + i, Schedules.cron("* * * * * *")).execute((instance, ctx) ->
                        late.add(Duration.between(ctx.getExecution().executionTime, Instant.now()))));
            }
            SchedulerBuilder b = Scheduler.create(ds).startTasks(recurring).threads(tasks)
                    .pollingInterval(Duration.ofMillis(pollMillis));
            DbSchedulerTable.polling(b, polling);
            Scheduler scheduler = b.build();
            scheduler.start();
            try {
                Thread.sleep(warmUp.toMillis());
                late.start();
                Thread.sleep(length.toMillis());
                late.stop();
            } finally {
                scheduler.stop();
            }
        }
        return late;
    }
}
