package dev.kairos.benchmarks;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.task.TaskDefinition;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The heap a session holds per task, definitions included: {@code tasks} tasks with a daily cron
 * condition each (as Quartz's figure has a daily cron trigger per job), an empty CSV log, the
 * session started; the used heap after a full GC minus the same before the first definition.
 */
final class HeapPerTask {
    private HeapPerTask() {
    }

    static void run(Path dir, int tasks) throws Exception {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).plusHours(6).getHour();
        long before = StartUp.usedAfterGc();
        var b = Session.builder().zone(ZoneOffset.UTC).taskLog(dir.resolve("heap.csv"));
        for (int i = 0; i < tasks; i++) {
            b.task(TaskDefinition.builder("c" + i).start("cron " + (i % 60) + " " + hour + " * * *").body(ctx -> null)
                    .build());
        }
        Session s = b.build();
        try (SessionHandle h = s.startInBackground()) {
            s.view().task("c0");
            long bytes = (StartUp.usedAfterGc() - before) / tasks;
            Report.line("heap.task", Report.f("tasks=%d bytes_per_task=%d", tasks, bytes)
                    + Peers.compare(dir, "quartz.heap.bytes_per_task", bytes), "<=1024 bytes/task", bytes <= 1024);
        }
    }
}
