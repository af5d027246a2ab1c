package dev.kairos.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Turns task-log CSV records into aligned lines, reading the columns by the header's names. */
final class LogRows {
    private static final int MESSAGE_WIDTH = 120;
    private final ZoneId zone;
    private int created = -1;
    private int task = -1;
    private int action = -1;
    private int runId = -1;
    private int runtime = -1;
    private int message = -1;

    LogRows(ZoneId zone) {
        this.zone = zone;
    }

    /** Reads the column positions; false if the header lacks created, task or action. */
    boolean header(List<String> names) {
        created = task = action = runId = runtime = message = -1;
        for (int i = 0; i < names.size(); i++) {
            switch (names.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)) {
                case "created" -> created = first(created, i);
                case "task" -> task = first(task, i);
                case "action" -> action = first(action, i);
                case "run_id" -> runId = first(runId, i);
                case "runtime" -> runtime = first(runtime, i);
                case "message" -> message = first(message, i);
                default -> { }
            }
        }
        return created >= 0 && task >= 0 && action >= 0;
    }

    private static int first(int known, int i) {
        return known >= 0 ? known : i;
    }

    String task(List<String> r) {
        return get(r, task);
    }

    String action(List<String> r) {
        return get(r, action).toLowerCase(Locale.ROOT);
    }

    /** When the record was created, or null if that cannot be read. */
    Instant created(List<String> r) {
        try {
            return Times.instant(get(r, created), zone, "created");
        } catch (BadInputException e) {
            return null;
        }
    }

    /** The record as one aligned line: time, task, action, run, runtime, the message's first line. */
    String format(List<String> r) {
        Instant at = created(r);
        String when = at == null ? get(r, created) : Times.show(at, zone);
        String msg = get(r, message).strip();
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl).strip() + " …";
        }
        if (msg.length() > MESSAGE_WIDTH) {
            msg = msg.substring(0, MESSAGE_WIDTH) + "…";
        }
        String id = get(r, runId);
        return String.format("%-19s  %-20s  %-9s  %6s  %10s  %s", when, get(r, task), action(r),
                id.isEmpty() ? "" : "#" + id, runtime(get(r, runtime)), msg).stripTrailing();
    }

    private static String runtime(String iso) {
        if (iso.isBlank()) {
            return "";
        }
        try {
            java.time.Duration d = java.time.Duration.parse(iso.strip());
            return d.toMillis() < 10_000 ? String.format(Locale.ROOT, "%.3fs", d.toMillis() / 1000.0)
                    : d.toSeconds() < 3600 ? String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart())
                    : String.format("%dh%02dm", d.toHours(), d.toMinutesPart());
        } catch (RuntimeException e) {
            return iso.strip();
        }
    }

    private static String get(List<String> r, int i) {
        return i >= 0 && i < r.size() ? r.get(i) : "";
    }

    /** The column titles, aligned as {@link #format}. */
    static String titles() {
        return String.format("%-19s  %-20s  %-9s  %6s  %10s  %s", "CREATED", "TASK", "ACTION", "RUN", "RUNTIME",
                "MESSAGE");
    }
}
