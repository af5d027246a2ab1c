package dev.kairos.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kairos.postgres.PostgresTaskLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --db URL} and {@code --db-password-file FILE}: the PostgreSQL task log that sessions share. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "URL",
            description = "A PostgreSQL task log shared by every session that names it, e.g."
                    + " jdbc:postgresql://db.example/kairos?user=kairos. The password comes from the URL,"
                    + " PGPASSWORD, or --db-password-file.")
    String url;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "A file whose first line is the database password (never on the command line).")
    Path passwordFile;

    /** The process environment, for PGPASSWORD; a test may set another. */
    static Map<String, String> environment = System.getenv();

    boolean given() {
        return url != null;
    }

    /** A small pool over the database: the log holds three connections, a read-only command one. */
    HikariDataSource dataSource() {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new BadInputException("--db '" + url + "' is not a PostgreSQL JDBC URL; write"
                    + " jdbc:postgresql://HOST[:PORT]/DATABASE[?user=NAME]");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(5);
        config.setMinimumIdle(0);
        config.setPoolName("kairos-db");
        config.setInitializationFailTimeout(-1); // the log reports an unreachable database in its own words
        config.setConnectionTimeout(3_000);      // the session thread waits this long at most when the database is away
        String password = password();
        if (password != null) {
            config.setPassword(password);
        }
        return new HikariDataSource(config);
    }

    /** The log over the database; {@code migrate}: whether it may create or upgrade its tables. */
    PostgresTaskLog log(HikariDataSource source, boolean migrate) {
        return PostgresTaskLog.builder(source).migrate(migrate).build();
    }

    private String password() {
        if (url.contains("password=")) {
            return null; // the driver reads it from the URL
        }
        if (passwordFile != null) {
            try {
                String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst()
                        .orElse("");
                if (first.isEmpty()) {
                    throw new BadInputException("--db-password-file '" + passwordFile + "' is empty; put the"
                            + " password on its first line");
                }
                return first;
            } catch (IOException e) {
                throw new BadInputException("cannot read --db-password-file '" + passwordFile + "': " + e
                        + "; give a readable file whose first line is the password", e);
            }
        }
        return environment.get("PGPASSWORD");
    }
}
