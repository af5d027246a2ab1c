package dev.kairos.cli;

import dev.kairos.condition.Condition;
import dev.kairos.condition.EvaluationContext;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairos explain}: the evaluated tree and when the value next changes. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows the evaluated condition as a tree: each part, its value, why, and when it next"
                + " changes. Takes the options of 'check'.",
        footer = {"", "Example:",
                "  kairos explain \"daily after 08:00 & after task 'fetch' succeeded\" --task report \\",
                "      --now 2024-05-01T09:00 --log logs/tasks.csv",
                "",
                "Exit codes: as 'check' (0 true, 1 false, 2 the condition does not parse, 3 other bad input)."})
final class ExplainCommand implements Callable<Integer> {
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
        PrintWriter out = spec.commandLine().getOut();
        out.println("at " + Times.iso(ctx.now(), ctx.zone()) + " (" + ctx.zone() + ") for task '" + ctx.taskName() + "':");
        out.print(c.explain(ctx).render(ctx.zone()));
        boolean value = c.test(ctx);
        java.time.Instant next = c.nextChange(ctx);
        out.println(next.equals(Condition.NEVER)
                ? "it stays " + value + " until a task runs or a parameter changes"
                : "it may change at " + Times.iso(next, ctx.zone()));
        return value ? Main.OK : Main.FALSE;
    }
}
