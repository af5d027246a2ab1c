package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.task.Execution;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figure 4: lateness of due THREAD tasks, as {@link SessionListener#bodyStarted} gives it: the
 * instant a body begins (the session's clock, read on the pool thread) minus the instant the session
 * computed the task became due. {@code tasks} tasks, task {@code i} {@code secondly after i*10}
 * (milliseconds: each due at its own instant of every second, so the load is spread and no start
 * waits for another), one pool thread each, on a session with the system clock and the CSV log;
 * the first 2 s are left out. A start before its due instant is counted ({@code early}), never
 * folded into the figures.
 */
final class Lateness {
    private Lateness() {
    }

    static void run(Path dir, int tasks, Duration length) throws Exception {
        List<Long> late = Collections.synchronizedList(new ArrayList<>());
        AtomicLong early = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(dir.resolve("late.csv")).threads(tasks)
                .defaultExecution(Execution.THREAD).listener(new SessionListener() {
                    @Override
                    public void bodyStarted(String task, String runId, Instant due, Instant began) {
                        if (measuring.get()) {
                            long nanos = Duration.between(due, began).toNanos();
                            if (nanos < 0) {
                                early.incrementAndGet();
                            } else {
                                late.add(nanos);
                            }
                        }
                    }
                });
        for (int i = 0; i < tasks; i++) {
            String start = i == 0 ? "secondly" : "secondly after " + (i * 10 % 1000);
            b.task(TaskDefinition.builder("s" + i).start(start).body(ctx -> null).build());
        }
        try (SessionHandle h = b.build().startInBackground()) {
            Thread.sleep(2_000);
            measuring.set(true);
            Thread.sleep(length.toMillis());
            measuring.set(false);
        }
        List<Long> samples = new ArrayList<>(late);
        double p99 = Report.quantile(samples, 0.99) / 1e6;
        Report.line("lateness.thread", Report.f("tasks=%d starts=%d early=%d p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f "
                + "max_ms=%.3f", tasks, samples.size(), early.get(), Report.quantile(samples, 0.5) / 1e6, p99,
                Report.quantile(samples, 0.999) / 1e6, Report.quantile(samples, 1.0) / 1e6)
                + Peers.compare(dir, "quartz.lateness.p99_ms", p99), "p99<=1ms, no early start", p99 <= 1 && early.get() == 0);
    }
}
