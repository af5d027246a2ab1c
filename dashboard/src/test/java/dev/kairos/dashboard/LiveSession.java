package dev.kairos.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.Session;
import dev.kairos.SessionHandle;
import dev.kairos.SessionListener;
import dev.kairos.condition.Action;
import dev.kairos.log.LogRecord;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import dev.kairos.testing.ManualClock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A session for the dashboard's tests, on a manual clock that stays at 07:00 on 2024-01-01 (UTC): its
 * thread makes a pass at each event (a run asked, a question of the view), so the dashboard's HTTP
 * threads get answers, and no condition changes with time. Tasks, one per state:
 * <ul>
 *   <li>{@code fetch}: {@code daily after 08:00}, idle, next start 08:00;</li>
 *   <li>{@code report}: {@code after task 'fetch' succeeded}, idle, waits for fetch;</li>
 *   <li>{@code broken}: run once at start, fails: failing;</li>
 *   <li>{@code slow}: run at start, held until close: running;</li>
 *   <li>{@code paused}: disabled;</li>
 *   <li>{@code cleanup}: no start condition, for "run now";</li>
 *   <li>{@code echo}: no start condition, says hello to its parameter {@code who};</li>
 *   <li>{@code hold}: no start condition, its runs wait until terminated;</li>
 *   <li>{@code <script>alert(1)</script>}: a name with HTML in it.</li>
 * </ul>
 */
final class LiveSession implements AutoCloseable {
    static final String EVIL = "<script>alert(1)</script>";
    static final List<String> TASKS = List.of(EVIL, "broken", "cleanup", "echo", "fetch", "hold", "paused", "report",
            "slow");

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<LogRecord> records = new ArrayList<>();
    final TaskLog log = TaskLog.inMemory();
    final Session session;
    private final SessionHandle handle;

    LiveSession() throws Exception {
        log.append(history());
        session = Session.builder()
                .clock(ManualClock.at("2024-01-01T07:00:00Z"))
                .zone(ZoneOffset.UTC)
                .taskLog(log)
                .listener(new SessionListener() {
                    @Override
                    public void runStarted(LogRecord record) {
                        add(record);
                    }

                    @Override
                    public void runFinished(LogRecord record) {
                        add(record);
                    }
                })
                .task(TaskDefinition.builder("fetch").start("daily after 08:00").body(ctx -> "rows").build())
                .task(TaskDefinition.builder("report").start("after task 'fetch' succeeded").body(ctx -> null).build())
                .task(TaskDefinition.builder("broken").body(ctx -> {
                    throw new IllegalStateException("the <b>disk</b> is full");
                }).build())
                .task(TaskDefinition.builder("slow").body(ctx -> release.await(60, TimeUnit.SECONDS)).build())
                .task(TaskDefinition.builder("paused").start("daily after 09:00").disabled(true).body(ctx -> null).build())
                .task(TaskDefinition.builder("cleanup").body(ctx -> null).build())
                .task(TaskDefinition.builder(EVIL).body(ctx -> null).build())
                .task(TaskDefinition.builder("echo").body(ctx -> {
                    ctx.message("hello " + (ctx.hasParameter("who") ? ctx.parameter("who") : "nobody"));
                    return null;
                }).build())
                .task(TaskDefinition.builder("hold").body(ctx -> new CountDownLatch(1).await(60, TimeUnit.SECONDS))
                        .build())
                .build();
        handle = session.startInBackground();
        session.runNow("broken");
        session.runNow("slow");
        awaitRecord("broken", Action.FAIL);
        awaitRecord("slow", Action.RUN);
    }

    /** Runs of the night before 07:00, in the log when the session starts (none of fetch: report would run). */
    private static List<LogRecord> history() {
        List<LogRecord> h = new ArrayList<>();
        run(h, "1", "cleanup", "01:10", "01:12", Action.SUCCESS, "");
        run(h, "2", "slow", "01:30", "03:45", Action.SUCCESS, "");
        run(h, "3", "broken", "02:00", "02:20", Action.FAIL, "connection refused");
        run(h, "4", "cleanup", "03:10", "03:14", Action.SUCCESS, "");
        run(h, "5", "broken", "04:00", "04:30", Action.SUCCESS, "");
        run(h, "6", "slow", "04:15", "06:20", Action.TERMINATE, "timed out after 2 hours");
        run(h, "7", "cleanup", "05:10", "05:11", Action.SUCCESS, "");
        run(h, "8", EVIL, "05:30", "05:50", Action.INACTION, "<img src=x onerror=alert(2)>");
        h.sort(java.util.Comparator.comparing(LogRecord::created));
        return h;
    }

    private static void run(List<LogRecord> h, String id, String task, String start, String end, Action outcome,
            String message) {
        java.time.Instant s = java.time.Instant.parse("2024-01-01T" + start + ":00Z");
        java.time.Instant e = java.time.Instant.parse("2024-01-01T" + end + ":00Z");
        h.add(LogRecord.started(task, id, s));
        h.add(LogRecord.finished(task, id, outcome, s, e, message, null));
    }

    private synchronized void add(LogRecord record) {
        records.add(record);
        notifyAll();
    }

    /** Waits (10 s at most) for a record of the task with this action; fails the test otherwise. */
    synchronized LogRecord awaitRecord(String task, Action action) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            for (LogRecord r : records) {
                if (r.task().equals(task) && r.action() == action) {
                    return r;
                }
            }
            long left = until - System.nanoTime();
            assertTrue(left > 0, "no '" + action.code() + "' record of " + task + " within 10 s: " + records);
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized long count(String task, Action action) {
        return records.stream().filter(r -> r.task().equals(task) && r.action() == action).count();
    }

    @Override
    public void close() {
        release.countDown();
        handle.shutdown();
        try {
            handle.awaitStop(java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
