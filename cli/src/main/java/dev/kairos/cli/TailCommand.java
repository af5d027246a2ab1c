package dev.kairos.cli;

import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.condition.Action;
import dev.kairos.log.LogProblem;
import dev.kairos.log.LogRecord;
import dev.kairos.log.LogTail;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos tail}: a task log, readable, optionally followed. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints a CSV task log as aligned columns; with -f, keeps printing records as they are"
                + " appended (surviving rotation and truncation of the file). A line still being written is"
                + " never printed; a line that cannot be read is reported on the error stream with its number.",
        footer = {"", "Example:",
                "  kairos tail -f examples/logs/tasks.csv --task fetch --action fail --since 2024-05-01T00:00"})
final class TailCommand implements Callable<Integer> {
    /** How often a followed file is looked at. */
    static final Duration POLL = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LOG", description = "The CSV task log (or --db).")
    Path log;

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = {"-f", "--follow"}, description = "Keep reading as the log grows (stop with Ctrl-C).")
    boolean follow;

    @Option(names = "--task", paramLabel = "NAME", description = "Only this task's records (repeatable).")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--action", paramLabel = "A",
            description = "Only records of this action: run, success, fail, terminate, inaction, crash (repeatable).")
    List<String> actions = new ArrayList<>();

    @Option(names = "--since", paramLabel = "T", description = "Only records created at or after T (ISO-8601).")
    String since;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone times are shown in. Default: the system zone.")
    String zone;

    @Override
    public Integer call() throws IOException {
        ZoneId z = Times.zone(zone);
        Instant from = since == null ? null : Times.instant(since, z, "--since");
        Set<Action> wanted = actions.stream().map(a -> {
            try {
                return Action.fromCode(a);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--action: " + e.getMessage());
            }
        }).collect(Collectors.toSet());
        if ((log == null) == !db.given()) {
            throw new BadInputException(log == null ? "give the task log to read: a CSV file (kairos tail"
                    + " logs/tasks.csv) or a database (kairos tail --db jdbc:postgresql://HOST/DB)"
                    : "a CSV log and --db both name a task log; give one");
        }
        if (db.given()) {
            try (HikariDataSource source = db.dataSource(); LogTail tail = db.log(source, false).follow(z)) {
                return follow(tail, shown(from, wanted), z);
            }
        }
        if (Files.isDirectory(log)) {
            throw new BadInputException("cannot read the task log '" + log + "': it is a directory; give the CSV log"
                    + " a session writes, e.g. logs/tasks.csv next to the task directory");
        }
        if (!follow && !Files.isRegularFile(log)) {
            throw new BadInputException("cannot read the task log '" + log + "': no such file; give the CSV log a"
                    + " session writes, e.g. logs/tasks.csv next to the task directory (or use -f to wait for it)");
        }
        try (TaskLog taskLog = TaskLog.csv(log); LogTail tail = taskLog.follow(z)) {
            return follow(tail, shown(from, wanted), z);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("cannot read the task log '" + log + "': permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read the task log '" + log + "': " + e.getMessage());
        }
    }

    private Predicate<LogRecord> shown(Instant from, Set<Action> wanted) {
        return r -> (tasks.isEmpty() || tasks.contains(r.task()))
                && (wanted.isEmpty() || wanted.contains(r.action()))
                && (from == null || !r.created().isBefore(from));
    }

    private Integer follow(LogTail tail, Predicate<LogRecord> shown, ZoneId z) throws IOException {
        spec.commandLine().getOut().println(TailFormat.titles());
        print(tail.poll(), shown, z);
        while (follow) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break; // asked to stop
            }
            print(tail.poll(), shown, z);
        }
        return Main.OK;
    }

    /** Prints the records shown, and on the error stream what could not be read. */
    private void print(LogTail.Batch batch, Predicate<LogRecord> shown, ZoneId z) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (LogProblem p : batch.problems()) {
            err.println("kairos: " + (log == null ? db.url : log) + " " + p);
        }
        for (LogRecord r : batch.records()) {
            if (shown.test(r)) {
                out.println(TailFormat.line(r, z));
            }
        }
        err.flush();
        out.flush();
    }
}
