package dev.kairos.condition.internal.syntax;

/**
 * The text of a clock literal ({@code 08:00:30}, {@code 15:05.5}): its colon-separated whole numbers,
 * and the fraction that may end the last of them. Not API.
 *
 * @param parts       the numbers; one of more than four digits is {@link Integer#MAX_VALUE}, out of
 *                    every range
 * @param fraction    the fraction of the last part in nanoseconds (of a second: it is only accepted
 *                    after seconds), or -1 if it is finer than a nanosecond
 * @param hasFraction whether the text has a fraction at all
 */
record ClockText(int[] parts, long fraction, boolean hasFraction) {

    /** Reads {@code text} (without a leading colon). */
    static ClockText of(String text) {
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String[] pieces = whole.split(":");
        int[] parts = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            parts[i] = pieces[i].length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(pieces[i]);
        }
        if (dot < 0) {
            return new ClockText(parts, 0, false);
        }
        String digits = text.substring(dot + 1).replaceAll("0+$", "");
        long fraction = digits.length() > 9 ? -1 : digits.isEmpty() ? 0 : Long.parseLong(digits + "0".repeat(9 - digits.length()));
        return new ClockText(parts, fraction, true);
    }

    /** Digits as a number, or {@link Integer#MAX_VALUE} for more than nine: out of every range, never an overflow. */
    static int small(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
