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

    /** Whether README's {@code fetch} task finds nothing to do. */
    public static boolean nothingNew() {
        return false;
    }

    /** The rows README's {@code fetch} task returns. */
    public static List<Row> rows() {
        return List.of();
    }
}
