package dev.kairos.cli;

import dev.kairos.condition.Condition;
import dev.kairos.condition.EvaluationContext;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos next}: the next instants at which a condition becomes true. */
@Command(name = "next", mixinStandardHelpOptions = true,
        description = "Lists the next instants at which the condition holds for the task, assuming the task"
                + " runs (and succeeds at once) each time and no other task runs. Takes the options of 'check'.",
        footer = {"", "Example:",
                "  kairos next \"daily between 08:00 and 08:15 | daily between 22:00 and 22:15\" \\",
                "      --now 2024-05-01T09:00 --zone Europe/Paris --count 4"})
final class NextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONDITION", description = "The condition, quoted as one argument.")
    String condition;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "5",
            description = "How many instants to list (default: ${DEFAULT-VALUE}).")
    int count;

    @Mixin
    EvaluationOptions options;

    @Override
    public Integer call() {
        if (count < 1) {
            throw new BadInputException("--count " + count + " is too small; give 1 or more");
        }
        Condition c = Condition.parse(condition);
        EvaluationContext ctx = options.context(options.nowInstant(Clock.systemUTC()));
        List<Instant> next = c.nextTrue(ctx, count);
        PrintWriter out = spec.commandLine().getOut();
        for (Instant i : next) {
            out.println(Times.iso(i, ctx.zone()));
        }
        if (next.size() < count) {
            spec.commandLine().getErr().println(next.isEmpty()
                    ? "kairos: not true at any instant in the next ten years unless another task runs"
                            + " or a parameter changes"
                    : "kairos: no more: after these, only another task's runs or a parameter can make it true");
        }
        return Main.OK;
    }
}
