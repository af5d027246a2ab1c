package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.SessionHandle;
import dev.kairos.postgres.PostgresTaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One Kairos node of {@link SharedRunRate}, in a JVM of its own (see {@link Nodes}): a session on
 * the PostgreSQL task log with tasks {@code d0 …} that all have the same start condition and an empty
 * THREAD body. Arguments: node name, JDBC URL, number of tasks, pool threads, start condition.
 */
public final class KairosNode {
    private KairosNode() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(args[1]);
        int tasks = Integer.parseInt(args[2]);
        AtomicLong ran = new AtomicLong();
        SessionBuilder b = Session.builder().zone(ZoneOffset.UTC).threads(Integer.parseInt(args[3]))
                .defaultExecution(Execution.THREAD).taskLog(PostgresTaskLog.builder(ds).node(args[0]).build());
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("d" + i).start(args[4]).body(ctx -> {
                ran.incrementAndGet();
                return null;
            }).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            NodeInput.serve(ran);
        }
        System.out.println("ran " + ran.get());
    }
}
