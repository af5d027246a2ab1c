package dev.kairos.benchmarks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One db-scheduler node of {@link DbSchedulerRunRate}, in a JVM of its own (see {@link Nodes}): a
 * scheduler with the one-time task {@link DbSchedulerTable#TASK} (an empty body) over a HikariCP
 * pool, as db-scheduler is meant to be used. Arguments: node name, JDBC URL, threads, polling
 * interval in ms, {@code fetch} (its default, fetch-and-lock-on-execute) or {@code lock-and-fetch}
 * ({@code select … for update skip locked}).
 */
public final class DbSchedulerNode {
    private DbSchedulerNode() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[2]);
        AtomicLong ran = new AtomicLong();
        try (HikariDataSource ds = DbSchedulerTable.pool(args[1], threads)) {
            SchedulerBuilder b = Scheduler.create(ds, DbSchedulerTable.task(ran::incrementAndGet)).threads(threads)
                    .pollingInterval(Duration.ofMillis(Long.parseLong(args[3])))
                    .schedulerName(new SchedulerName.Fixed(args[0]));
            DbSchedulerTable.polling(b, args[4]);
            Scheduler scheduler = b.build();
            scheduler.start();
            NodeInput.serve(ran);
            scheduler.stop();
        }
        System.out.println("ran " + ran.get());
    }
}
