package dev.kairos.benchmarks;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/** db-scheduler as the reference figures set it up: its table, its task, its connection pool, its polling. */
final class DbSchedulerTable {
    /** The one-time task of the rate figure; every execution is an instance of it. */
    static final String TASK = "bench";

    /** db-scheduler's documented table for PostgreSQL, with its indexes. */
    private static final String DDL = """
            create table scheduled_tasks (
              task_name            text not null,
              task_instance        text not null,
              task_data            bytea,
              execution_time       timestamp with time zone not null,
              picked               boolean not null,
              picked_by            text,
              last_success         timestamp with time zone,
              last_failure         timestamp with time zone,
              consecutive_failures int,
              last_heartbeat       timestamp with time zone,
              version              bigint not null,
              priority             smallint,
              primary key (task_name, task_instance)
            );
            create index execution_time_idx on scheduled_tasks (execution_time);
            create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
            create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
            """;

    private DbSchedulerTable() {
    }

    static void create(DataSource ds) throws SQLException {
        Sql.execute(ds, DDL);
    }

    /** The one-time task {@link #TASK}, whose body only calls {@code body}. */
    static OneTimeTask<Void> task(Runnable body) {
        return Tasks.oneTime(TASK).execute((instance, ctx) -> body.run());
    }

    /** A pool big enough that no execution thread waits for a connection (its polling and heartbeat take some too). */
    static HikariDataSource pool(String url, int threads) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setMaximumPoolSize(threads + 4);
        c.setPoolName("db-scheduler");
        return new HikariDataSource(c);
    }

    /**
     * {@code fetch}: db-scheduler's default, fetch-and-lock-on-execute (0.5, 3.0: executions are
     * fetched, then each is picked by an optimistic update); {@code lock-and-fetch}: one
     * {@code update … select … for update skip locked} picks a batch (0.5, 1.0, as its documentation
     * suggests for normal use).
     */
    static void polling(SchedulerBuilder b, String strategy) {
        switch (strategy) {
            case "fetch" -> b.pollUsingFetchAndLockOnExecute(0.5, 3.0);
            case "lock-and-fetch" -> b.pollUsingLockAndFetch(0.5, 1.0);
            default -> throw new IllegalArgumentException("polling must be fetch or lock-and-fetch, was '"
                    + strategy + "'");
        }
    }
}
