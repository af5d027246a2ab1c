package dev.kairos.examples.readme;

import java.util.List;

/**
 * What README's examples leave to the reader, the application's own types and methods, so the examples
 * compile as written. Statically imported into every README source. Add a name here only for something that is
 * not Kairos's: a Kairos name README uses must come from Kairos.
 */
public final class ReadmeNames {
    private ReadmeNames() {
    }

    /** A row the README's {@code fetch} task returns. */
    public record Row(String value) {
    }

    /** The object with {@code @Parameter} methods README registers with {@code parameters(...)}. */
    public static final class Connections {
    }

    /** The application's tasks, as README's PostgreSQL example registers them. */
    public static final class Jobs {
    }

    /** The application's own connection pool, as README's PostgreSQL example is given it. */
    public static javax.sql.DataSource applicationDataSource() {
        return new org.postgresql.ds.PGSimpleDataSource();
    }

    /** The application's meter registry, as README's metrics example is given it. */
    public static io.micrometer.core.instrument.MeterRegistry applicationMeterRegistry() {
        return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    }

    /** Whether README's {@code fetch} task finds nothing to do. */
    public static boolean nothingNew() {
        return false;
    }

    /** The rows README's {@code fetch} task returns. */
    public static List<Row> rows() {
        return List.of();
    }
}
