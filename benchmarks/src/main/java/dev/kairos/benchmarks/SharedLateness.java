package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.postgres.PostgresTaskLog;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Figure 2: lateness of due THREAD runs on the PostgreSQL log: {@code tasks} tasks {@code secondly}
 * (all due at every whole second), one pool thread each, one session in this JVM on a fresh
 * database. A sample is {@code began - due} from {@link SessionListener#bodyStarted}: the instant
 * the body begins minus the instant the task became due; the first seconds are left out. Each
 * second's runs are claimed in one transaction, so this includes the claim's round trip.
 */
final class SharedLateness {
    private SharedLateness() {
    }

    static Latencies run(Database server, int tasks, Duration warmUp, Duration length) throws Exception {
        Latencies late = new Latencies();
        SessionBuilder b = Session.builder().zone(ZoneOffset.UTC).threads(tasks).defaultExecution(Execution.THREAD)
                .taskLog(PostgresTaskLog.builder(server.fresh("kairos_lateness").plain()).node("lateness")
                        .migrate(true).build())
                .listener(new SessionListener() {
                    @Override
                    public void bodyStarted(String task, String runId, Instant due, Instant began) {
                        late.add(Duration.between(due, began));
                    }
                });
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("s" + i).start("secondly").body(ctx -> null).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(warmUp.toMillis());
            late.start();
            Thread.sleep(length.toMillis());
            late.stop();
        }
        return late;
    }
}
