package dev.kairos.cli;

import dev.kairos.condition.Condition;
import dev.kairos.condition.EvaluationContext;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos check}: is the condition true? Exit code 0 yes, 1 no. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Prints true or false: the condition evaluated for --task at --now against the history"
                + " in --log.",
        footer = {"", "Example:",
                "  kairos check \"daily after 08:00 & after task 'fetch' succeeded\" \\",
                "      --task report --now 2024-05-01T09:00 --zone Europe/Paris \\",
                "      --log examples/logs/tasks.csv",
                "",
                "Exit codes: 0 true, 1 false, 2 the condition does not parse, 3 other bad input."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONDITION", description = "The condition, quoted as one argument.")
    String condition;

    @Mixin
    EvaluationOptions options;

    @Override
    public Integer call() {
        Condition c = Condition.parse(condition);
        EvaluationContext ctx = options.context(options.nowInstant(Clock.systemUTC()));
        boolean value = c.test(ctx);
        spec.commandLine().getOut().println(value);
        return value ? Main.OK : Main.FALSE;
    }
}
