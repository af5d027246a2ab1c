package dev.kairos.benchmarks;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 5, rate: db-scheduler's executions per second on the same server, its way: {@code runs}
 * one-time executions of one task, on 1 or 3 nodes ({@link DbSchedulerNode}, a JVM each) with
 * {@code threads} threads and a {@code pollMillis} polling interval, with the given polling
 * strategy, in rounds as {@link SharedRunRate} has them (the first cold, the last warm). Each round's
 * executions are scheduled far ahead before the nodes start, then moved to one whole second soon
 * after they are ready, or after the round before ended (one {@code update}); the figure is the
 * time from that second until none of them is left (a one-time execution is deleted once done;
 * asked every 20 ms, by the table's index on the execution time): each execution picked once, run,
 * and its row deleted, committed.
 */
final class DbSchedulerRunRate {
    private DbSchedulerRunRate() {
    }

    /** Each round's figure, in order. */
    static List<RunRate> run(Database server, int nodes, int runs, int threads, int pollMillis, String polling,
            int rounds) throws Exception {
        Database.Db db = server.fresh("dbs_runs_" + nodes + "_" + polling);
        try (HikariDataSource ds = DbSchedulerTable.pool(db.url(), 1)) {
            DbSchedulerTable.create(ds);
            OneTimeTask<Void> task = DbSchedulerTable.task(() -> { });
            List<TaskInstance<?>> instances = new ArrayList<>(rounds * runs);
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < runs; i++) {
                    instances.add(task.instance("r" + round + "-" + i));
                }
            }
            SchedulerClient.Builder.create(ds, task).build().scheduleBatch(instances, Instant.now().plus(Duration.ofDays(1)));
            try (Nodes n = Nodes.start(nodes, "db-scheduler-", DbSchedulerNode.class, List.of(db.url(),
                    Integer.toString(threads), Integer.toString(pollMillis), polling))) {
                n.awaitReady(Duration.ofSeconds(60));
                List<RunRate> out = new ArrayList<>();
                List<Long> before = List.of();
                for (int round = 0; round < rounds; round++) {
                    String mine = " where task_instance like 'r" + round + "-%'";
                    Instant due = DueInstant.after(Duration.ofMillis(500));
                    long transactions = Sql.transactions(ds);
                    ProcessCpu.Reading cpu = ProcessCpu.read(n.pids());
                    Sql.execute(ds, "update scheduled_tasks set execution_time = '" + due + "'" + mine);
                    // by the index on execution_time: the later rounds' executions are a day ahead
                    Instant done = Sql.awaitCount(ds, "select count(*) from scheduled_tasks where execution_time <= '"
                            + due + "'", c -> c == 0, Duration.ofMinutes(3));
                    cpu = ProcessCpu.read(n.pids()).minus(cpu);
                    Thread.sleep(SharedRunRate.STILL.toMillis());
                    transactions = Sql.transactions(ds) - transactions;
                    List<Long> counts = n.counts();
                    out.add(new RunRate(nodes, runs, due, done, SharedRunRate.minus(counts, before), round,
                            cpu, transactions));
                    before = counts;
                }
                n.stop();
                return out;
            }
        }
    }
}
