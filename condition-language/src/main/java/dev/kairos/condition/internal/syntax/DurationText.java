package dev.kairos.condition.internal.syntax;

import java.time.Duration;
import java.util.Locale;

/** Durations written the short way the language reads them back. Not API. */
public final class DurationText {
    private DurationText() {
    }

    /**
     * E.g. {@code 2h30m}, {@code 45s}, {@code 1.5s}, {@code 250ms}; read back to the same duration down to
     * the millisecond.
     */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long days = d.toDays();
        if (days > 0) {
            out.append(days).append('d');
        }
        if (d.toHoursPart() > 0) {
            out.append(d.toHoursPart()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append('m');
        }
        int seconds = d.toSecondsPart();
        int millis = d.toMillisPart();
        if (millis > 0 && seconds > 0) {
            String fraction = String.format(Locale.ROOT, "%03d", millis).replaceAll("0+$", "");
            out.append(seconds).append('.').append(fraction).append('s');
        } else if (millis > 0) {
            out.append(millis).append("ms");
        } else if (seconds > 0) {
            out.append(seconds).append('s');
        }
        return out.length() == 0 ? d.toNanos() + "ns" : out.toString();
    }
}
