package dev.kairos.log;

/**
 * Formats CSV lines as RFC 4180 has them: fields separated by commas, a field quoted when it holds
 * a comma, a double quote, a carriage return or a line feed, its double quotes doubled; a line ends
 * with a line feed. The task log's append path, kept free of a general CSV writer's overhead.
 */
final class CsvLine {
    private CsvLine() {
    }

    /** Appends the fields as one line, line feed included. */
    static void append(StringBuilder out, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields[i]);
        }
        out.append('\n');
    }

    /** Appends one field, quoted if it must be. */
    static void appendField(StringBuilder out, String value) {
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
