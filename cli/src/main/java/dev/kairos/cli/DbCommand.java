package dev.kairos.cli;

import dev.kairos.postgres.PostgresTaskLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kairos db}: the PostgreSQL task log's schema. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The PostgreSQL task log's schema, for teams that apply migrations themselves.",
        subcommands = DbCommand.Schema.class)
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kairos db schema}: prints the SQL of every schema version. */
    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Prints the SQL that creates the task log's tables (every version, in order)."
                    + " kairos run --db applies it itself unless --no-migrate.")
    static final class Schema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(PostgresTaskLog.schema());
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }
}
