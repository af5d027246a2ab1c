package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Figure 4: lateness of due THREAD tasks: the instant a body starts minus the instant its task
 * became due. The tasks are {@code secondly} (due at every whole second), one pool thread each,
 * on a session with the system clock and the CSV log; the first 2 s are left out.
 */
final class Lateness {
    private Lateness() {
    }

    static void run(Path dir, int tasks, Duration length) throws Exception {
        List<Long> late = Collections.synchronizedList(new ArrayList<>());
        Clock clock = Clock.systemUTC();
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(dir.resolve("late.csv")).threads(tasks)
                .defaultExecution(Execution.THREAD);
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("s" + i).start("secondly").body(ctx -> {
                Instant now = clock.instant();
                late.add(Duration.between(now.truncatedTo(ChronoUnit.SECONDS), now).toNanos());
                return null;
            }).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(2_000);
            late.clear();
            Thread.sleep(length.toMillis());
        }
        List<Long> samples = new ArrayList<>(late);
        double p99 = Report.quantile(samples, 0.99) / 1e6;
        Report.line("lateness.thread", Report.f("tasks=%d starts=%d p50_ms=%.3f p99_ms=%.3f max_ms=%.3f", tasks,
                samples.size(), Report.quantile(samples, 0.5) / 1e6, p99, Report.quantile(samples, 1.0) / 1e6),
                "p99<2ms", p99 < 2);
    }
}
