package dev.kairos.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.Session;
import dev.kairos.SessionBuilder;
import dev.kairos.SessionFailedException;
import dev.kairos.SessionHandle;
import dev.kairos.condition.time.Durations;
import dev.kairos.dashboard.Dashboard;
import dev.kairos.loaders.DirectoryLoader;
import dev.kairos.log.TaskLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kairos run}: a session over a task directory until Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a session over a task directory (*.java, *.jar and *.task files, followed as they"
                + " change), recording every run in a CSV task log. Ctrl-C or SIGTERM stops it gracefully"
                + " (runs may finish, then the rest are terminated and recorded); a second one stops at once.",
        footer = {"", "Example:",
                "  kairos run examples/tasks --zone Europe/Paris --threads 4 --param env=dev",
                "  (log: examples/logs/tasks.csv; follow it with 'kairos tail -f examples/logs/tasks.csv')"})
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.kairos.cli");
    private static final String STOPPING = "stopping: running tasks may finish, then the rest are terminated (signal "
            + "again to stop at once)";
    /** How long the shutdown hook waits for the session, beyond the session's own shutdown wait. */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    @Parameters(index = "0", paramLabel = "DIR", description = "The task directory.")
    Path directory;

    @Option(names = "--log", paramLabel = "FILE",
            description = "The CSV task log. Default: logs/tasks.csv next to DIR (DIR/../logs/tasks.csv).")
    Path log;

    @Option(names = "--fsync",
            description = "Force the CSV task log to the disk once a pass (fsync of that pass's records): nothing"
                    + " the session acted on is lost on a power cut. Costs a disk flush a pass that writes. Default:"
                    + " records are handed to the operating system only.")
    boolean fsync;

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--no-migrate",
            description = "With --db: do not create or upgrade the log's tables (see kairos db schema); a database"
                    + " without them is refused.")
    boolean noMigrate;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The session's time zone. Default: the system zone.")
    String zone;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for THREAD runs. Default: the session's.")
    Integer threads;

    @Option(names = "--shutdown-wait", paramLabel = "D",
            description = "How long runs may take to finish after Ctrl-C before they are terminated, e.g. 10s."
                    + " Default: the session's (30 seconds).")
    String shutdownWait;

    @Option(names = "--param", paramLabel = "k=v", description = "A session parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    DashboardFlags dashboardFlags = new DashboardFlags();

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(directory)) {
            throw new BadInputException("'" + directory + "' is not a directory; give the directory of your task"
                    + " files, e.g. kairos run examples/tasks");
        }
        if (log != null && db.given()) {
            throw new BadInputException("--log and --db both name a task log; give one");
        }
        if (fsync && db.given()) {
            throw new BadInputException("--fsync is for the CSV task log; with --db, PostgreSQL's own setting"
                    + " (synchronous_commit) decides");
        }
        HikariDataSource source = db.given() ? db.dataSource() : null;
        try {
            return run(source);
        } finally {
            if (source != null) {
                source.close();
            }
        }
    }

    private Integer run(HikariDataSource source) throws InterruptedException {
        Path logFile = log != null ? log : defaultLog(directory);
        SessionBuilder builder = Session.builder().zone(Times.zone(zone));
        TaskLog taskLog = source != null ? db.log(source, !noMigrate)
                : TaskLog.csv(logFile, fsync ? TaskLog.Durability.SYNCED : TaskLog.Durability.FLUSHED);
        builder.taskLog(taskLog);
        Object where = source != null ? taskLog : fsync ? logFile + " (forced to the disk every pass)" : logFile;
        if (threads != null) {
            if (threads < 1) {
                throw new BadInputException("--threads " + threads + " is too small; give 1 or more");
            }
            builder.threads(threads);
        }
        if (shutdownWait != null) {
            try {
                builder.shutdownWait(Durations.parse(shutdownWait));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--shutdown-wait '" + shutdownWait + "' is not a duration; write e.g."
                        + " 10s, 2 minutes or 00:01:30");
            }
        }
        params.forEach(builder::parameter);
        Session session = builder.build();
        Dashboard dashboard = dashboardFlags.given() ? dashboardFlags.start(session, taskLog) : null;
        DirectoryLoader loader = DirectoryLoader.builder(session, directory).build();
        loader.watch();
        SessionHandle handle;
        try {
            handle = session.startInBackground();
        } catch (IllegalStateException | SessionFailedException e) {
            loader.close();
            if (dashboard != null) {
                dashboard.close();
            }
            throw new BadInputException("the session cannot start: " + e.getMessage(), e);
        }

        LOG.info("running {} task(s) from {}; task log {}; zone {}; stop with Ctrl-C", session.taskNames().size(),
                directory, where, session.zone());
        Signals.stopGracefullyThenHard(() -> {
            LOG.info(STOPPING);
            loader.close();
            handle.shutdown();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(handle, loader), "kairos-shutdown"));
        while (!handle.awaitStop(Duration.ofMinutes(1))) {
            // the session stops by a signal, its shutdown condition, or the shutdown hook
        }
        loader.close();
        if (dashboard != null) {
            dashboard.close();
        }
        LOG.info("stopped; the task log is complete");
        return Main.OK;
    }

    static Path defaultLog(Path directory) {
        Path parent = directory.toAbsolutePath().normalize().getParent();
        return (parent == null ? directory : parent).resolve("logs").resolve("tasks.csv");
    }

    private static void stop(SessionHandle handle, DirectoryLoader loader) {
        loader.close();
        if (!handle.isRunning()) {
            return;
        }
        LOG.info(STOPPING);
        handle.shutdown();
        try {
            if (handle.awaitStop(STOP_LIMIT)) {
                LOG.info("stopped; the task log is complete");
            } else {
                LOG.warn("the session did not stop within {}; exiting anyway", STOP_LIMIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
