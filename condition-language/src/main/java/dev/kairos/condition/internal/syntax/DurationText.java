package dev.kairos.condition.internal.syntax;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations written the short way the language reads them back. Not API. */
public final class DurationText {
    private DurationText() {
    }

    /**
     * E.g. {@code 2h30m}, {@code 45s}, {@code 1.5s}, {@code 250ms}, {@code 0.0000005s}; read back to the
     * same duration, to the nanosecond. A zero duration is {@code 0s} (which does not read back: a
     * duration of the language is positive).
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
        int nanos = d.toNanosPart();
        if (nanos % 1_000_000 == 0 && nanos > 0 && seconds == 0) {
            out.append(nanos / 1_000_000).append("ms");
        } else if (nanos > 0) {
            BigDecimal s = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
            out.append(s.toPlainString()).append('s');
        } else if (seconds > 0) {
            out.append(seconds).append('s');
        }
        return out.toString();
    }
}
