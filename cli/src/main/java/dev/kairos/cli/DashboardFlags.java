package dev.kairos.cli;

import dev.kairos.Session;
import dev.kairos.dashboard.Dashboard;
import dev.kairos.dashboard.DashboardOptions;
import dev.kairos.log.TaskLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code kairos run --dashboard HOST:PORT}: the session's web page, with its credentials from a file or the environment. */
final class DashboardFlags {
    /** The environment variable a token may come from. */
    static final String TOKEN_ENV = "KAIROS_DASHBOARD_TOKEN";

    @Option(names = "--dashboard", paramLabel = "HOST:PORT",
            description = "Serve the dashboard there, e.g. 127.0.0.1:8080. An address other than loopback needs a"
                    + " token (--dashboard-token-file or " + TOKEN_ENV + ").")
    String address;

    @Option(names = "--dashboard-token-file", paramLabel = "FILE",
            description = "A file holding the dashboard's access token (its first line); never give the token"
                    + " itself on the command line.")
    Path tokenFile;

    @Option(names = "--dashboard-read-only", description = "The dashboard shows, but cannot run, enable, disable or terminate.")
    boolean readOnly;

    boolean given() {
        return address != null;
    }

    /**
     * Starts the dashboard over {@code session}, its runs before this start read from {@code history}
     * (the session's task log, followed read-only), or says what is wrong with the flags.
     */
    Dashboard start(Session session, TaskLog history) {
        DashboardOptions.Builder options = options("--dashboard", address, "--dashboard-token-file", tokenFile,
                readOnly);
        try {
            return Dashboard.start(session, options.taskLog(history).build());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new BadInputException("--dashboard " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * The options of a dashboard on {@code address} (HOST:PORT, given as {@code flag}), its token from
     * {@code tokenFile} (given as {@code tokenFlag}) or the environment, or says what is wrong with them.
     */
    static DashboardOptions.Builder options(String flag, String address, String tokenFlag, Path tokenFile, boolean readOnly) {
        int colon = address.lastIndexOf(':');
        int port;
        try {
            port = colon < 1 ? -1 : Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            throw new BadInputException(flag + " '" + address + "' is not HOST:PORT; give e.g. 127.0.0.1:8080");
        }
        String host = address.substring(0, colon).replaceAll("^\\[(.*)]$", "$1");
        try {
            DashboardOptions.Builder b = DashboardOptions.builder().bind(host, port).readOnly(readOnly);
            String token = token(tokenFlag, tokenFile);
            if (token != null) {
                b.token(token);
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + " " + address + ": " + e.getMessage(), e);
        }
    }

    private static String token(String tokenFlag, Path tokenFile) {
        if (tokenFile != null) {
            try {
                return Files.readAllLines(tokenFile).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new BadInputException(tokenFlag + " " + tokenFile + " cannot be read: " + e.getMessage());
            }
        }
        String env = System.getenv(TOKEN_ENV);
        return env == null || env.isBlank() ? null : env.strip();
    }
}
