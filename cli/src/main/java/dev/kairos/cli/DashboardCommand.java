package dev.kairos.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.dashboard.Dashboard;
import dev.kairos.log.TaskLog;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kairos dashboard}: the web page over a task log alone, read-only, to browse its history. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Serves the dashboard, read-only, over a task log alone (a CSV file or a database): its"
                + " tasks as the records name them, each task's runs and latest failures, the timeline and the"
                + " log, followed as a session elsewhere writes it. No conditions, no actions: for those, start"
                + " the session with kairos run --dashboard. Stop with Ctrl-C.",
        footer = {"", "Examples:", "  kairos dashboard --log examples/logs/tasks.csv",
                "  kairos dashboard --db jdbc:postgresql://db.internal/jobs --bind 0.0.0.0:8080"
                        + " --token-file /run/secrets/kairos-dashboard"})
final class DashboardCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardCommand.class);

    @Option(names = "--log", paramLabel = "FILE", description = "The CSV task log to show (or --db).")
    Path log;

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8080",
            description = "Where to serve it. Default: ${DEFAULT-VALUE}. An address other than loopback needs a"
                    + " token (--token-file or " + DashboardFlags.TOKEN_ENV + ").")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the access token (its first line); never give the token itself on the"
                    + " command line.")
    Path tokenFile;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The zone times are shown in. Default: the system zone.")
    String zone;

    @Override
    public Integer call() throws Exception {
        ZoneId z = Times.zone(zone);
        if ((log == null) == !db.given()) {
            throw new BadInputException(log == null ? "give the task log to show: a CSV file (kairos dashboard --log"
                    + " logs/tasks.csv) or a database (kairos dashboard --db jdbc:postgresql://HOST/DB)"
                    : "--log and --db both name a task log; give one");
        }
        var options = DashboardFlags.options("--bind", bind, "--token-file", tokenFile, true).build();
        if (db.given()) {
            try (HikariDataSource source = db.dataSource(); TaskLog taskLog = db.log(source, false)) {
                return serve(taskLog, z, options);
            }
        }
        if (!Files.isRegularFile(log)) {
            throw new BadInputException("cannot read the task log '" + log + "': no such file; give the CSV log a"
                    + " session writes, e.g. logs/tasks.csv next to the task directory");
        }
        try (TaskLog taskLog = TaskLog.csv(log)) {
            return serve(taskLog, z, options);
        }
    }

    private Integer serve(TaskLog taskLog, ZoneId z, dev.kairos.dashboard.DashboardOptions options)
            throws InterruptedException {
        Dashboard dashboard;
        try {
            dashboard = Dashboard.browse(taskLog, z, options);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new BadInputException("--bind " + bind + ": " + e.getMessage(), e);
        }
        CountDownLatch stopping = new CountDownLatch(1);
        Signals.stopGracefullyThenHard(stopping::countDown);
        Runtime.getRuntime().addShutdownHook(new Thread(dashboard::close, "kairos-dashboard-stop"));
        LOG.info("showing {} read-only; stop with Ctrl-C", log != null ? log : db.url.replaceAll("\\?.*$", ""));
        stopping.await();
        dashboard.close();
        LOG.info("dashboard stopped");
        return Main.OK;
    }
}
