package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.postgres.PostgresTaskLog;
import dev.kairos.task.Task;
import dev.kairos.task.TaskContext;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two sessions, as two replicas of one service would run, sharing a PostgreSQL task log: each run
 * of {@code report} starts on exactly one of them. {@code main} takes a JDBC URL
 * ({@code jdbc:postgresql://localhost/kairos?user=kairos}) and runs both for 10 seconds.
 */
public class SharedSchedule {

    /** The job both replicas have: every 2 seconds, once, on whichever replica claims it. */
    @Task(name = "report", start = "every 2 seconds")
    public void report(TaskContext ctx) {
        ctx.message("ran on " + Thread.currentThread().getName());
    }

    /** Runs two sessions ("replica-1" and "replica-2") on {@code db} for {@code time}. */
    public static void run(DataSource db, Duration time) throws InterruptedException {
        SessionHandle first = replica(db, "replica-1").startInBackground();
        SessionHandle second = replica(db, "replica-2").startInBackground();
        Thread.sleep(time.toMillis());
        first.shutdown();
        second.shutdown();
        first.awaitStop(Duration.ofSeconds(30));
        second.awaitStop(Duration.ofSeconds(30));
    }

    static Session replica(DataSource db, String name) {
        return Session.builder()
                .taskLog(PostgresTaskLog.builder(db).node(name).migrate(true).build())
                .tasks(new SharedSchedule())
                .build();
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: SharedSchedule jdbc:postgresql://HOST/DB?user=NAME");
            System.exit(3);
        }
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(args[0]);
        run(db, Duration.ofSeconds(10));
    }
}
