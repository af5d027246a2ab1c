package dev.kairos.cli;

import dev.kairos.Session;
import dev.kairos.condition.Condition;
import dev.kairos.condition.ConditionSyntaxException;
import dev.kairos.condition.EvaluationContext;
import dev.kairos.condition.InMemoryHistory;
import dev.kairos.loaders.DirectoryLoader;
import dev.kairos.loaders.LoadProblem;
import dev.kairos.log.TaskLog;
import dev.kairos.task.TaskDefinition;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos tasks}: what a task directory defines and when each task is next due. */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "Lists the tasks a directory defines: conditions, execution, timeout, and when each is"
                + " next due (given the history in the log) or why that cannot be known. Exit code 3 if a"
                + " file cannot be loaded (its problems are listed).",
        footer = {"", "Example:", "  kairos tasks examples/tasks --zone Europe/Paris"})
final class TasksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The task directory.")
    Path directory;

    @Option(names = "--log", paramLabel = "FILE",
            description = "The task log the history comes from. Default: logs/tasks.csv next to DIR, if it exists.")
    Path log;

    @Mixin
    DatabaseOptions db = new DatabaseOptions();

    @Option(names = "--zone", paramLabel = "ZONE", description = "The session's time zone. Default: the system zone.")
    String zone;

    @Option(names = "--now", paramLabel = "T", description = "Compute next due times from T instead of now.")
    String now;

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            throw new BadInputException("'" + directory + "' is not a directory; give the directory of your task"
                    + " files, e.g. kairos tasks examples/tasks");
        }
        ZoneId z = Times.zone(zone);
        Instant at = now == null ? Clock.systemUTC().instant() : Times.instant(now, z, "--now");
        Path logFile = log != null ? log : RunCommand.defaultLog(directory);
        InMemoryHistory history = log != null || db.given() || Files.isRegularFile(logFile)
                ? LogSource.history(db.given() ? log : logFile, db, z, at) : new InMemoryHistory();
        Session session = Session.builder().zone(z).taskLog(TaskLog.inMemory()).build();
        List<LoadProblem> problems;
        Map<String, Path> origins;
        try (DirectoryLoader loader = DirectoryLoader.builder(session, directory).build()) {
            problems = loader.sync().problems();
            origins = loader.origins();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String name : new TreeSet<>(session.taskNames())) {
            TaskDefinition d = session.task(name).orElseThrow();
            Path origin = origins.get(name);
            out.println(name + (origin == null ? "" : "  (" + directory.relativize(origin) + ")"));
            row(out, "start", d.start() == null ? "(none)" : d.start());
            if (d.end() != null) {
                row(out, "end", d.end());
            }
            row(out, "execution", d.execution() == null ? "session default (thread)" : lower(d.execution()));
            row(out, "timeout", d.timeout() == null ? "session default"
                    : d.timeout().equals(TaskDefinition.NO_TIMEOUT) ? "never" : d.timeout().toString().substring(2)
                            .toLowerCase());
            row(out, "next due", nextDue(d, history, at, z));
            out.println();
        }
        if (session.taskNames().isEmpty()) {
            out.println("no tasks in " + directory + " (task files are *.java, *.jar and *.task)");
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(p -> err.println(p));
        return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-10s %s%n", label, value);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase();
    }

    static String nextDue(TaskDefinition d, InMemoryHistory history, Instant now, ZoneId zone) {
        if (d.disabled()) {
            return "never: disabled";
        }
        switch (d.phase()) {
            case ON_STARTUP:
                return "once when the session starts";
            case ON_SHUTDOWN:
                return "once when the session stops";
            default:
                break;
        }
        if (d.start() == null) {
            return "only when asked (no start condition)";
        }
        Condition c;
        try {
            c = Condition.parse(d.start());
        } catch (ConditionSyntaxException e) {
            return "cannot be known here: the condition uses a phrase registered in code (" + e.summary() + ")";
        }
        TreeSet<String> others = new TreeSet<>(c.taskNames());
        others.remove(d.name());
        if (!others.isEmpty()) {
            return "depends on task(s) " + String.join(", ", others.stream().map(n -> "'" + n + "'").toList());
        }
        EvaluationContext ctx = EvaluationContext.builder().now(now).zone(zone).task(d.name()).history(history)
                .schedulerStarted(now).build();
        List<Instant> next = c.nextTrue(ctx, 1);
        if (next.isEmpty()) {
            return "not within ten years unless a task runs or a parameter changes";
        }
        Instant due = next.get(0);
        Duration in = Duration.between(now, due);
        return Times.iso(due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), zone) + (in.isZero() || in.isNegative() ? " (now)" : " (in " + human(in) + ")");
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? Math.max(1, s) + " s" : s < 7200 ? d.toMinutes() + " min" : s < 172800 ? d.toHours() + " h"
                : d.toDays() + " days";
    }
}
