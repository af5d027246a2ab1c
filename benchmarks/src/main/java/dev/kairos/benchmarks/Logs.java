package dev.kairos.benchmarks;

import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Writes task logs for the harness with the session's own CSV writer. */
final class Logs {
    private Logs() {
    }

    /**
     * {@code records} records (a run and its success, in pairs) spread evenly over tasks
     * {@code t0 … t(tasks-1)}, the last pair of task {@code ti} two minutes and {@code i} ms before
     * {@code now}, pairs ten minutes apart. A run takes no time, so {@code t0}'s last success is not
     * newer than any task's last start: {@code after task 't0' succeeded} is false for all of them.
     */
    static void write(Path file, ZoneId zone, int tasks, long records, Instant now) throws IOException {
        try (TaskLog log = TaskLog.csv(file)) {
            log.replay(zone, r -> { });
            long pairs = records / 2;
            Instant last = now.minusSeconds(120);
            List<LogRecord> batch = new ArrayList<>(4096);
            for (long p = 0; p < pairs; p++) {
                int task = (int) (p % tasks);
                long back = (pairs - 1 - p) / tasks; // how many rounds before the last
                Instant start = last.minusSeconds(600 * back).plusMillis(task);
                String runId = Long.toString(p + 1);
                batch.add(LogRecord.started("t" + task, runId, start));
                batch.add(LogRecord.finished("t" + task, runId, Action.SUCCESS, start, start, "", null));
                if (batch.size() >= 4096) {
                    log.append(batch);
                    batch.clear();
                }
            }
            log.append(batch);
        }
    }
}
