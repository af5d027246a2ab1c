package dev.kairos.log;

import dev.kairos.condition.Action;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a CSV task log, by position, as its header names them. */
final class CsvColumns {
    static final List<String> STANDARD = List.of("created", "task", "action", "run_id", "start", "end", "runtime",
            "message", "exception");
    private static final int CREATED = 0;
    private static final int TASK = 1;
    private static final int ACTION = 2;
    private static final int RUN_ID = 3;
    private static final int START = 4;
    private static final int END = 5;
    private static final int RUNTIME = 6;
    private static final int MESSAGE = 7;
    private static final int EXCEPTION = 8;

    private final String[] header;
    /** For each standard column, its position in the file, or -1. */
    private final int[] position = new int[STANDARD.size()];
    /** For each column of the file, the standard column it is, or -1. */
    private final int[] standardAt;

    private CsvColumns(String[] header) {
        this.header = header;
        this.standardAt = new int[header.length];
        Arrays.fill(position, -1);
        Arrays.fill(standardAt, -1);
        for (int i = 0; i < header.length; i++) {
            int known = STANDARD.indexOf(header[i].strip().toLowerCase(Locale.ROOT));
            if (known >= 0 && position[known] < 0) {
                position[known] = i;
                standardAt[i] = known;
            }
        }
    }

    static CsvColumns standard() {
        return new CsvColumns(STANDARD.toArray(String[]::new));
    }

    static CsvColumns fromHeader(String[] header, Path file) throws IOException {
        if (header == null) {
            return standard();
        }
        if (header.length > 0 && header[0].startsWith("\uFEFF")) {
            header[0] = header[0].substring(1);
        }
        CsvColumns columns = new CsvColumns(header);
        for (int required : new int[] {CREATED, TASK, ACTION}) {
            if (columns.position[required] < 0) {
                throw new IOException("the task log " + file + " has no '" + STANDARD.get(required)
                        + "' column in its header (line 1: " + String.join(",", header)
                        + "); expected a header with at least created,task,action");
            }
        }
        return columns;
    }

    String[] header() {
        return header.clone();
    }

    /** Appends the record as one CSV line in this header's column order (see {@link CsvLine}). */
    void appendLine(StringBuilder out, LogRecord r, ZoneId zone) {
        for (int i = 0; i < header.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            switch (standardAt[i]) {
                case CREATED -> Timestamps.formatTo(out, r.created(), zone);
                case TASK -> CsvLine.appendField(out, r.task());
                case ACTION -> out.append(r.action().code());
                case RUN_ID -> CsvLine.appendField(out, r.runId() == null ? "" : r.runId());
                case START -> Timestamps.formatTo(out, r.start(), zone);
                case END -> Timestamps.formatTo(out, r.end(), zone);
                case RUNTIME -> out.append(Timestamps.formatRuntime(r.runtime()));
                case MESSAGE -> CsvLine.appendField(out, r.message());
                case EXCEPTION -> CsvLine.appendField(out, r.exception() == null ? "" : r.exception());
                default -> { } // a column of another program: left empty
            }
        }
        out.append('\n');
    }

    /** The record of a row, or empty after adding a problem that names the line and the field. */
    Optional<LogRecord> toRecord(String[] row, ZoneId zone, long line, List<LogProblem> problems) {
        String field = "created";
        try {
            Instant created = Timestamps.parse(required(row, CREATED), zone);
            field = "task";
            String task = required(row, TASK);
            field = "action";
            Action action = Action.fromCode(required(row, ACTION));
            field = "start";
            Instant start = instant(row, START, zone);
            field = "end";
            Instant end = instant(row, END, zone);
            field = "runtime";
            String rt = get(row, RUNTIME);
            Duration runtime = rt.isBlank() ? null : Timestamps.parseRuntime(rt);
            String runId = get(row, RUN_ID).strip();
            String exception = get(row, EXCEPTION);
            return Optional.of(new LogRecord(created, task.strip(), action, runId.isEmpty() ? null : runId, start,
                    end, runtime, get(row, MESSAGE), exception.isEmpty() ? null : exception));
        } catch (RuntimeException e) {
            int at = position[STANDARD.indexOf(field)];
            String found = at >= 0 && at < row.length ? row[at] : "";
            problems.add(new LogProblem(line, "column '" + field + "': cannot read '" + found + "': "
                    + e.getMessage() + "; record skipped", false));
            return Optional.empty();
        }
    }

    private String get(String[] row, int column) {
        int at = position[column];
        return at >= 0 && at < row.length ? row[at] : "";
    }

    private String required(String[] row, int column) {
        String value = get(row, column);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the column is required and the value is missing");
        }
        return value;
    }

    private Instant instant(String[] row, int column, ZoneId zone) {
        String value = get(row, column);
        return value.isBlank() ? null : Timestamps.parse(value, zone);
    }
}
