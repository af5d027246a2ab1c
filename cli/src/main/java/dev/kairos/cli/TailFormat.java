package dev.kairos.cli;

import dev.kairos.log.LogRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/** How {@code kairos tail} shows a record: one aligned line of time, task, action, run, runtime, message. */
final class TailFormat {
    private static final String COLUMNS = "%-19s  %-20s  %-9s  %6s  %10s  %s";
    private static final int MESSAGE_WIDTH = 120;

    private TailFormat() {
    }

    /** The column titles, aligned as {@link #line}. */
    static String titles() {
        return String.format(COLUMNS, "CREATED", "TASK", "ACTION", "RUN", "RUNTIME", "MESSAGE");
    }

    /** The record as one line, its time in {@code zone} and only the first line of its message. */
    static String line(LogRecord r, ZoneId zone) {
        String msg = r.message().strip();
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl).strip() + " …";
        }
        if (msg.length() > MESSAGE_WIDTH) {
            msg = msg.substring(0, MESSAGE_WIDTH) + "…";
        }
        return String.format(COLUMNS, Times.show(r.created(), zone), r.task(), r.action().code(),
                r.runId() == null ? "" : "#" + r.runId(), runtime(r.runtime()), msg).stripTrailing();
    }

    private static String runtime(Duration d) {
        if (d == null) {
            return "";
        }
        return d.toMillis() < 10_000 ? String.format(Locale.ROOT, "%.3fs", d.toMillis() / 1000.0)
                : d.toSeconds() < 3600 ? String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart())
                : String.format("%dh%02dm", d.toHours(), d.toMinutesPart());
    }
}
