package dev.kairos.log;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Splits CSV text into rows as RFC 4180 has them, incrementally: text is added as it is read, and
 * {@link #next()} hands over a row only once its line end has arrived. The task log's one CSV
 * reader: replay and the follower both split through it.
 *
 * <p>A line ends with LF, CR LF or a lone CR (as {@code BufferedReader.readLine} has it); inside a
 * quoted field each such line break reads as one LF. A double quote opens a quoted field only as
 * the field's first character; elsewhere it is an ordinary character. Text between a closing quote
 * and the next comma is kept in the field, and the row is marked malformed. A row that cannot be a
 * record (a quoted field not closed, or closed with text after it) ends before the first of its
 * lines that begins as a record does, with a date ({@link #recordAfterABreak}); it is handed over
 * with {@link Row#openQuote()} and its text as its one field. Not thread-safe.
 */
final class CsvSplitter {
    /**
     * A row: the line it starts on, its fields, whether its line end was read, whether the input
     * ended inside a quoted field, and whether some text followed a field's closing quote (then that
     * text is part of the field; RFC 4180 does not allow it); and where its text is, as offsets
     * {@code [from, to)} in all the characters added.
     */
    record Row(long line, String[] fields, boolean ended, boolean openQuote, boolean malformed, long from, long to) {

        /** No field holds anything but white space (an empty line, or one of spaces). */
        boolean isBlank() {
            return fields.length == 0 || fields.length == 1 && fields[0].isBlank();
        }

        /** The fields joined by commas, for a problem's message. */
        String text() {
            return String.join(",", fields);
        }
    }

    private char[] text = new char[1 << 16];
    /** The text not handed over yet is {@code text[start, end)}. */
    private int start;
    private int end;
    /** The characters removed from before {@code text[0]}: {@code text[i]} is character {@code dropped + i}. */
    private long dropped;
    /** The line {@code text[start]} is on. */
    private long line = 1;
    /** The last row ended with CR: an LF that follows belongs to that line end. */
    private boolean skipLf;
    private final ArrayList<String> fields = new ArrayList<>(16);
    private final StringBuilder quoted = new StringBuilder();
    /** Line breaks inside the quoted fields of the row being split. */
    private long breaks;
    /** Whether text follows a closing quote in the row being split. */
    private boolean malformed;

    /** Reads more text from {@code in}; false at the end of its input. */
    boolean fill(Reader in) throws IOException {
        makeRoom();
        int n = in.read(text, end, text.length - end);
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }

    /** Adds the remaining characters of {@code chars}. */
    void add(CharBuffer chars) {
        while (chars.hasRemaining()) {
            makeRoom();
            int n = Math.min(chars.remaining(), text.length - end);
            chars.get(text, end, n);
            end += n;
        }
    }

    /** The next row whose line end has arrived, or null until more text does. */
    Row next() {
        return split(false);
    }

    /**
     * At the end of the input: the rest, a row without its line end ({@link Row#ended()} false, or
     * true with {@link Row#openQuote()} when a quoted field was never closed), or null if nothing is
     * left. Everything is handed over afterwards, unless the row is one cut before a record
     * ({@link #more()}): then call again for the rest.
     */
    Row rest() {
        Row row = split(true);
        if (row == null || start == end || !row.openQuote()) {
            start = end;
        }
        return row;
    }

    /** Whether text is left after the row {@link #rest()} handed over (a row cut before a record). */
    boolean more() {
        return start < end;
    }

    /** The number of the line the next row starts on. */
    long line() {
        return line;
    }

    /** Before any text is added: the first row starts on line {@code first} (reading a file from the middle). */
    void startAtLine(long first) {
        line = first;
    }

    /** Forgets all text: the next text added is the start of another file. */
    void reset() {
        dropped = 0;
        start = 0;
        end = 0;
        line = 1;
        skipLf = false;
    }

    private void makeRoom() {
        if (start > 0) {
            dropped += start;
            System.arraycopy(text, start, text, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == text.length) {
            text = Arrays.copyOf(text, text.length * 2); // one row longer than the buffer
        }
    }

    private Row split(boolean atEnd) {
        if (skipLf && start < end) {
            skipLf = false;
            if (text[start] == '\n') {
                start++;
            }
        }
        if (start == end) {
            return null;
        }
        fields.clear();
        breaks = 0;
        malformed = false;
        int i = start;
        int from = start;
        boolean isQuoted = false;
        while (i < end) {
            char c = text[i];
            if (c > ',') {
                i++; // most characters: one test, as none of , " CR LF is above ','
            } else if (c == ',') {
                fields.add(field(from, i, isQuoted));
                isQuoted = false;
                from = ++i;
            } else if (c == '\n' || c == '\r') {
                int again = malformed && breaks > 0 ? recordAfterABreak(start, i) : -1;
                if (again > 0) {
                    return cutRow(again);
                }
                fields.add(field(from, i, isQuoted));
                int next = i + 1;
                if (c == '\r') {
                    if (next < end && text[next] == '\n') {
                        next++;
                    } else if (next == end) {
                        skipLf = true;
                    }
                }
                return row(next, true, false);
            } else if (c == '"' && i == from && !isQuoted) {
                quoted.setLength(0);
                int closed = closingQuote(i + 1, atEnd);
                if (closed == -1) {
                    return null; // the field goes on in text not read yet
                }
                if (closed == -2) {
                    int again = recordAfterABreak(start, end);
                    if (again > 0) {
                        return cutRow(again);
                    }
                    fields.add(quoted.toString());
                    char last = text[end - 1];
                    return row(end, last == '\n' || last == '\r', true);
                }
                isQuoted = true;
                i = from = closed;
                malformed |= i < end && text[i] != ',' && text[i] != '\n' && text[i] != '\r';
            } else {
                i++;
            }
        }
        if (!atEnd) {
            return null;
        }
        fields.add(field(from, end, isQuoted));
        return row(end, false, false);
    }

    /**
     * Reads a quoted field's content from {@code i} into {@link #quoted}: the position after its
     * closing quote, -1 if more text is needed to tell, -2 if the input ends inside the field.
     */
    private int closingQuote(int i, boolean atEnd) {
        while (i < end) {
            char c = text[i];
            if (c == '"') {
                if (i + 1 < end && text[i + 1] == '"') {
                    quoted.append('"');
                    i += 2;
                } else if (i + 1 == end && !atEnd) {
                    return -1; // a closing quote or the first of two: the next character tells
                } else {
                    return i + 1;
                }
            } else if (c == '\n' || c == '\r') {
                quoted.append('\n');
                breaks++;
                i += c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
            } else {
                quoted.append(c);
                i++;
            }
        }
        return atEnd ? -2 : -1;
    }

    /**
     * In a row that cannot be a record (a quoted field never closed, or closed with text after it),
     * where a line that looks like the start of a record follows a line break: the position of that
     * line, or -1. So a record cut short inside a quoted field costs only itself: the next record is
     * found again instead of being read as the rest of the field.
     */
    private int recordAfterABreak(int from, int to) {
        for (int i = from + 1; i + 10 <= to; i++) {
            char b = text[i - 1];
            if ((b == '\n' || b == '\r') && text[i] != '\n' && startsWithDate(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the text at {@code i} begins with a date as the log writes one, {@code 2024-06-01}. */
    private boolean startsWithDate(int i) {
        for (int k = 0; k < 10; k++) {
            char c = text[i + k];
            if (k == 4 || k == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The text up to {@code to}, a row that is not a record: a quoted field not closed before the next record. */
    private Row cutRow(int to) {
        int n = to;
        while (n > start && (text[n - 1] == '\n' || text[n - 1] == '\r')) {
            n--;
        }
        long lines = 0;
        for (int i = start; i < to; i++) {
            if (text[i] == '\n' || text[i] == '\r' && (i + 1 == to || text[i + 1] != '\n')) {
                lines++;
            }
        }
        Row row = new Row(line, new String[] {new String(text, start, n - start)}, true, true, false, dropped + start,
                dropped + to);
        line += lines;
        start = to;
        return row;
    }

    private String field(int from, int to, boolean isQuoted) {
        return isQuoted ? quoted.append(text, from, to - from).toString() : new String(text, from, to - from);
    }

    private Row row(int next, boolean ended, boolean openQuote) {
        Row row = new Row(line, fields.toArray(new String[0]), ended, openQuote, malformed, dropped + start,
                dropped + next);
        line += breaks + 1;
        start = next;
        return row;
    }
}
