package dev.kairos.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only lists the subcommands. */
@Command(name = "kairos", mixinStandardHelpOptions = true, version = "kairos 0.1.0-SNAPSHOT",
        description = "A condition-driven job scheduler for the JVM.",
        subcommands = {RunCommand.class, CheckCommand.class, ExplainCommand.class, NextCommand.class,
                TailCommand.class, TasksCommand.class, DashboardCommand.class, DbCommand.class},
        footer = {"", "Examples:",
                "  kairos run examples/tasks",
                "  kairos check \"daily after 08:00\" --now 2024-05-01T09:00 --task fetch --log logs/tasks.csv",
                "  kairos tail -f examples/logs/tasks.csv",
                "",
                "Exit codes: 0 ok or true, 1 false, 2 the condition does not parse, 3 other bad input."})
final class KairosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** No command given: the usage, on the error stream, and the exit code of bad input. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kairos: give a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.BAD_INPUT;
    }
}
