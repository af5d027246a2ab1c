package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.SessionHandle;
import dev.kairos.postgres.PostgresTaskLog;
import dev.kairos.task.TaskDefinition;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Figure 4: session start-up on the PostgreSQL log with {@code records} rows in {@code kairos_log}:
 * build the session, read the whole log into the status cache, make the first pass (done when the
 * session answers a view question, which it does between two passes), and the heap held after
 * start. The rows are made by one {@code insert … generate_series} as {@link Logs#write} makes the
 * CSV log: run and success pairs spread evenly over tasks {@code t0 …}, ten minutes apart, the last
 * two minutes ago, each run claiming the task's run before, by a node that is long dead; then the
 * table is vacuumed and analysed, as autovacuum would have done by then.
 */
final class SharedStartUp {
    private SharedStartUp() {
    }

    /** The figure's values, and its start-up time up to the end of the first pass. */
    record Result(String values, double seconds) {
    }

    static Result run(Database server, int tasks, long records) throws Exception {
        DataSource ds = server.fresh("kairos_startup").plain();
        try (PostgresTaskLog schema = PostgresTaskLog.builder(ds).migrate(true).build()) {
            schema.replay(ZoneOffset.UTC, r -> { });
        }
        long t0 = System.nanoTime();
        fill(ds, tasks, records / 2);
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        SessionBuilder b = Session.builder().zone(ZoneOffset.UTC)
                .taskLog(PostgresTaskLog.builder(ds).node("startup").build());
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("t" + i).start(LoopPass.STARTS[i % 3]).body(ctx -> null).build());
        }
        long before = StartUp.usedAfterGc();
        long t1 = System.nanoTime();
        Session s = b.build();
        try (SessionHandle h = s.startInBackground()) {
            double replayed = (System.nanoTime() - t1) / 1e9;
            s.view().task("t0");
            double firstPass = (System.nanoTime() - t1) / 1e9;
            long heap = StartUp.usedAfterGc() - before;
            return new Result(Report.f("tasks=%d records=%d table_mb=%d fill_s=%.1f replayed_s=%.3f seconds=%.3f heap_mb=%.1f",
                    tasks, Sql.count(ds, "select count(*) from kairos_log"),
                    Sql.count(ds, "select pg_total_relation_size('kairos_log')") >> 20, fillSeconds, replayed,
                    firstPass, heap / 1048576.0), firstPass);
        }
    }

    private static void fill(DataSource ds, int tasks, long pairs) throws Exception {
        Sql.execute(ds, "with n as (insert into kairos_node (name, dead) values ('history', true) returning id) "
                + "insert into kairos_log (node, created, task, action, run_id, start_at, end_at, runtime_ns, claim) "
                + "select n.id, h.at, 't' || (h.p % " + tasks + "), a.action, (h.p + 1)::text, h.at, "
                + "case when a.action = 'success' then h.at end, case when a.action = 'success' then 0 end, "
                + "case when a.action = 'run' then case when h.p < " + tasks + " then '' else (h.p - " + tasks
                + " + 1)::text end end "
                + "from n, (select p, now() - interval '120 seconds' - ((" + pairs + " - 1 - p) / " + tasks
                + ") * interval '600 seconds' + (p % " + tasks + ") * interval '1 millisecond' as at "
                + "from generate_series(0::bigint, " + (pairs - 1) + ") as p) h "
                + "cross join (values (1, 'run'), (2, 'success')) as a(o, action) order by h.p, a.o");
        // the run ids of new runs come after the history's
        Sql.execute(ds, "select setval('kairos_run_id', " + ((pairs + 99) / 100 * 100) + ")");
        Sql.execute(ds, "vacuum analyze kairos_log");
    }
}
