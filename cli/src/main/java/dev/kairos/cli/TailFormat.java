package dev.kairos.cli;

import dev.kairos.log.LogRecord;
import dev.kairos.condition.time.Durations;
import java.time.Duration;
import java.time.ZoneId;

/** How {@code kairos tail} shows a record: one aligned line of time, task, action, run, runtime, message. */
final class TailFormat {
    private static final String COLUMNS = "%-19s  %-20s  %-9s  %6s  %12s  %s";
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
        return Durations.forPeople(d);
    }
}
