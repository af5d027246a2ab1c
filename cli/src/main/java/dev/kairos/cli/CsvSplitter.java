package dev.kairos.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text that arrives in pieces into records (RFC 4180: fields in double quotes may hold
 * commas, newlines and doubled quotes). A record is returned only once its line end has arrived, so
 * a half-written line is never returned.
 */
final class CsvSplitter {
    private final StringBuilder pending = new StringBuilder();

    /** Adds text and returns the records it completed. */
    List<List<String>> feed(String text) {
        pending.append(text);
        List<List<String>> records = new ArrayList<>();
        int consumed = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pending.length(); i++) {
            char ch = pending.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < pending.length() && pending.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (i + 1 == pending.length()) {
                        break; // cannot tell a closing quote from a doubled one yet
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                fields.add(stripCr(field));
                records.add(List.copyOf(fields));
                fields.clear();
                field.setLength(0);
                consumed = i + 1;
            } else {
                field.append(ch);
            }
        }
        pending.delete(0, consumed);
        return records;
    }

    /** Forgets a partial record (the file it came from was truncated or replaced). */
    void reset() {
        pending.setLength(0);
    }

    private static String stripCr(StringBuilder field) {
        int n = field.length();
        return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
    }
}
