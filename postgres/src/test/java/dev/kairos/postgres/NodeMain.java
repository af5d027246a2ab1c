package dev.kairos.postgres;

import dev.kairos.Session;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskBody;
import dev.kairos.task.TaskDefinition;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One node of the cluster tests, in a JVM of its own: a session with the cluster's tasks over the
 * shared log. Arguments: JDBC URL, node name, heartbeat ms, dead-after ms, number of tick tasks.
 * Runs until its standard input ends, then shuts down gracefully.
 */
public final class NodeMain {
    private NodeMain() {
    }

    public static void main(String[] args) throws IOException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(args[0]);
        PostgresTaskLog log = PostgresTaskLog.builder(ds).node(args[1]).migrate(true)
                .deadAfter(Duration.ofMillis(Long.parseLong(args[3])))
                .heartbeat(Duration.ofMillis(Long.parseLong(args[2]))).build();
        Session session = Session.builder().taskLog(log).threads(32).defaultExecution(Execution.THREAD)
                .shutdownWait(Duration.ofSeconds(10)).build();
        for (TaskDefinition t : ClusterTasks.all(Integer.parseInt(args[4]))) {
            session.add(t);
        }
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the test closes our input to stop us
                }
            } catch (IOException ignored) {
                // the same: stop
            }
            session.shutdown();
        }, "stdin");
        stdin.setDaemon(true);
        stdin.start();
        System.out.println("node " + args[1] + " starting");
        session.start();
        System.out.println("node " + args[1] + " stopped");
    }

    /** A body that takes between {@code min} and {@code max} milliseconds. */
    static TaskBody sleeping(int min, int max) {
        return ctx -> {
            Thread.sleep(ThreadLocalRandom.current().nextInt(min, max + 1));
            return null;
        };
    }
}
