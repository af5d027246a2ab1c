package dev.kairos.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.listeners.JobListenerSupport;

/**
 * Quartz 2.5 (RAMJobStore, in memory) doing the work of Kairos's figures, in a JVM of its own just
 * before Kairos's ({@link SessionBenchmark}): its lines are {@code kairos-bench quartz.<figure> …}, and
 * its figures go to {@link Peers} for Kairos's lines.
 */
final class QuartzPeer {
    private static final AtomicInteger SCHEDULERS = new AtomicInteger();

    private QuartzPeer() {
    }

    /** A job that does nothing; Quartz makes an instance per execution. */
    public static final class Noop implements Job {
        @Override
        public void execute(JobExecutionContext context) {
        }
    }

    /** The job of the lateness figure: notes when it began against the instant it was due. */
    public static final class Late implements Job {
        static final List<Long> LATE = Collections.synchronizedList(new ArrayList<>());
        static final AtomicLong EARLY = new AtomicLong();
        static final AtomicBoolean MEASURING = new AtomicBoolean();

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            Instant began = Instant.now();
            if (MEASURING.get()) {
                long nanos = Duration.between(context.getScheduledFireTime().toInstant(), began).toNanos();
                if (nanos < 0) {
                    EARLY.incrementAndGet();
                } else {
                    LATE.add(nanos);
                }
            }
        }
    }

    /**
     * A scheduler as a user makes one: Quartz's own defaults (10 threads, RAMJobStore), or batched
     * (it takes up to as many due triggers at once as it has free threads).
     */
    private static Scheduler scheduler(int threads, boolean batched) throws Exception {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "bench" + SCHEDULERS.incrementAndGet());
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        if (batched) {
            p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(threads));
        }
        return new StdSchedulerFactory(p).getScheduler();
    }

    /**
     * Figure 2's work: {@code tasks} trivial jobs due at once, each round a fresh scheduler, timed
     * from the first job's definition to the last execution's end ({@code per_s}) and from
     * {@code start()} ({@code launch_per_s}); round 0 cold, then the median after the same warm-up rounds as Kairos's.
     */
    static void launch(Path dir, int tasks, int rounds, boolean batched) throws Exception {
        List<Long> rates = new ArrayList<>();
        List<Long> launchRates = new ArrayList<>();
        for (int round = 0; round < LaunchRate.WARM_UPS + rounds; round++) {
            CountDownLatch finished = new CountDownLatch(tasks);
            long t0 = System.nanoTime();
            Scheduler s = scheduler(10, batched);
            s.getListenerManager().addJobListener(new JobListenerSupport() {
                @Override
                public String getName() {
                    return "count";
                }

                @Override
                public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                    finished.countDown();
                }
            });
            for (int i = 0; i < tasks; i++) {
                JobDetail job = JobBuilder.newJob(Noop.class).withIdentity("d" + i).build();
                s.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity("d" + i).startNow().build());
            }
            long t1 = System.nanoTime();
            s.start();
            if (!finished.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Quartz did not run the jobs in 2 minutes");
            }
            long t2 = System.nanoTime();
            s.shutdown(true);
            rates.add(Math.round(tasks / ((t2 - t0) / 1e9)));
            launchRates.add(Math.round(tasks / ((t2 - t1) / 1e9)));
        }
        String mode = batched ? "batched" : "defaults";
        long median = Report.quantile(rates.subList(LaunchRate.WARM_UPS, rates.size()), 0.5);
        long launchMedian = Report.quantile(launchRates.subList(LaunchRate.WARM_UPS, rates.size()), 0.5);
        Report.line("quartz.launch", Report.f("mode=%s threads=10 tasks=%d per_s=%d launch_per_s=%d cold_per_s=%d "
                + "all_rounds=%s", mode, tasks, median, launchMedian, rates.get(0), rates), null, false);
        Peers.put(dir, "quartz.launch." + mode + ".per_s", median);
        Peers.put(dir, "quartz.launch." + mode + ".cold_per_s", rates.get(0));
    }

    /**
     * Figure 4's work: {@code tasks} jobs, each every second at its own instant (job {@code i} at
     * {@code i*10} ms past the second), a thread each; lateness is the job's start against the fire
     * time Quartz scheduled, the first 2 s left out.
     */
    static void lateness(Path dir, int tasks, Duration length) throws Exception {
        Scheduler s = scheduler(tasks, false);
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        for (int i = 0; i < tasks; i++) {
            JobDetail job = JobBuilder.newJob(Late.class).withIdentity("s" + i).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("s" + i)
                    .startAt(Date.from(second.plusMillis(i * 10L % 1000)))
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1)).build();
            s.scheduleJob(job, trigger);
        }
        s.start();
        Thread.sleep(2_000);
        Late.MEASURING.set(true);
        Thread.sleep(length.toMillis());
        Late.MEASURING.set(false);
        s.shutdown(true);
        List<Long> samples = new ArrayList<>(Late.LATE);
        double p99 = Report.quantile(samples, 0.99) / 1e6;
        Report.line("quartz.lateness", Report.f("tasks=%d starts=%d early=%d p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f "
                + "max_ms=%.3f", tasks, samples.size(), Late.EARLY.get(), Report.quantile(samples, 0.5) / 1e6, p99,
                Report.quantile(samples, 0.999) / 1e6, Report.quantile(samples, 1.0) / 1e6), null, false);
        Peers.put(dir, "quartz.lateness.p99_ms", p99);
    }

    /**
     * Figure 3's work: {@code jobs} cron triggers, none due in the window (each fires once a day, six
     * hours from now); the CPU of Quartz's own threads per wall second, after 2 s to settle.
     */
    static void idle(Path dir, int jobs, Duration window) throws Exception {
        Scheduler s = scheduler(10, false);
        scheduleDaily(s, jobs);
        s.start();
        String prefix = s.getSchedulerName();
        Thread.sleep(2_000);
        Map<Long, Long> cpu0 = IdleCpu.threadCpu(prefix);
        long wall0 = System.nanoTime();
        Thread.sleep(window.toMillis());
        Map<Long, Long> cpu1 = IdleCpu.threadCpu(prefix);
        double seconds = (System.nanoTime() - wall0) / 1e9;
        long used = 0;
        for (Map.Entry<Long, Long> t : cpu1.entrySet()) {
            used += t.getValue() - cpu0.getOrDefault(t.getKey(), 0L);
        }
        double perSecond = used / 1e6 / seconds;
        s.shutdown(true);
        Report.line("quartz.idle", Report.f("jobs=%d seconds=%d threads_ms_per_s=%.4f threads=%d", jobs,
                window.toSeconds(), perSecond, cpu1.size()), null, false);
        Peers.put(dir, "quartz.idle.ms_per_s", perSecond);
    }

    /**
     * The heap a scheduler holds per job: {@code jobs} jobs with a daily cron trigger each, the
     * scheduler started, the used heap after a full GC minus the same before it was made.
     */
    static void heap(Path dir, int jobs) throws Exception {
        long before = StartUp.usedAfterGc();
        Scheduler s = scheduler(10, false);
        scheduleDaily(s, jobs);
        s.start();
        long bytes = (StartUp.usedAfterGc() - before) / jobs;
        Report.line("quartz.heap", Report.f("jobs=%d bytes_per_job=%d", jobs, bytes), null, false);
        Peers.put(dir, "quartz.heap.bytes_per_task", bytes);
        s.shutdown(true);
    }

    /** {@code jobs} jobs with a cron trigger each, once a day, none due for hours (six hours from now, UTC). */
    private static void scheduleDaily(Scheduler s, int jobs) throws Exception {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).plusHours(6).getHour();
        for (int i = 0; i < jobs; i++) {
            s.scheduleJob(JobBuilder.newJob(Noop.class).withIdentity("c" + i).build(), TriggerBuilder.newTrigger()
                    .withIdentity("c" + i).withSchedule(CronScheduleBuilder.cronSchedule("0 " + (i % 60) + " " + hour
                            + " * * ?").inTimeZone(java.util.TimeZone.getTimeZone("UTC"))).build());
        }
    }
}
