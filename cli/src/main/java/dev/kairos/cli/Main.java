package dev.kairos.cli;

import dev.kairos.condition.ConditionSyntaxException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import picocli.CommandLine;

/**
 * The {@code kairos} command. Exit codes: 0 success (for {@code check} and {@code explain}: the
 * condition is true), 1 the condition is false, 2 the condition does not parse, 3 any other bad
 * input (an option, a file, a zone).
 */
public final class Main {
    /** Success; or the condition holds. */
    public static final int OK = 0;
    /** The condition does not hold. */
    public static final int FALSE = 1;
    /** The condition does not parse. */
    public static final int BAD_CONDITION = 2;
    /** Any other bad input: an unknown option, a bad value, an unreadable file. */
    public static final int BAD_INPUT = 3;

    /** The system property that sets the console's log level (see logback.xml). */
    private static final String LOG_LEVEL = "kairos.log.level";

    private Main() {
    }

    /** Runs the command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty(LOG_LEVEL) == null && (args.length == 0 || !args[0].equals("run"))) {
            System.setProperty(LOG_LEVEL, "WARN"); // only 'run' talks about what the session does
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in this JVM, writing to {@code out} and {@code err}, and returns its exit code
     * (the JVM is not exited: tests and embedders call this).
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new KairosCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine bad = e.getCommandLine();
            bad.getErr().println("kairos: " + e.getMessage());
            bad.getErr().println("Try 'kairos " + commandName(bad) + "--help' for the options and an example.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, bad, parsed) -> {
            PrintWriter w = bad.getErr();
            if (e instanceof ConditionSyntaxException syntax) {
                w.println("kairos: the condition does not parse: " + syntax.getMessage());
                return BAD_CONDITION;
            }
            if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
                w.println("kairos: " + e.getMessage());
                return BAD_INPUT;
            }
            w.println("kairos: unexpected error: " + e + " (its stack trace is logged with -Dkairos.log.level=DEBUG)");
            org.slf4j.LoggerFactory.getLogger("dev.kairos.cli").debug("unexpected error", e);
            return BAD_INPUT;
        });
        return cli;
    }

    private static String commandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }
}
