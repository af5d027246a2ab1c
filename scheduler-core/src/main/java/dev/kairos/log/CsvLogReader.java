package dev.kairos.log;

import dev.kairos.log.CsvSplitter.Row;
import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the text of one CSV task log file, as it is added: the first row is the header, each later
 * row becomes a record or a problem. The one reading of the CSV log, used by {@link CsvTaskLog#replay}
 * (the whole file, then {@link #end}) and by the follower (what was appended, poll after poll).
 * Not thread-safe.
 */
final class CsvLogReader {
    private final Path file;
    private final ZoneId zone;
    private final boolean headerFailureIsProblem;
    private final CsvSplitter splitter = new CsvSplitter();
    private CsvColumns columns;
    /** The header cannot be used: every later row is reported, none read. */
    private boolean headerless;
    /** The line the file's last record begins on, if {@link #end} found it unfinished; else 0. */
    private long cutLine;
    /** Where the text read held bytes that are not UTF-8 (offsets in its characters), and how many are behind. */
    private List<Long> notUtf8 = List.of();
    private int checked;

    /**
     * @param headerFailureIsProblem whether a header without created, task and action is reported as
     *                               a problem (the follower) instead of thrown (replay)
     */
    CsvLogReader(Path file, ZoneId zone, boolean headerFailureIsProblem) {
        this.file = file;
        this.zone = zone;
        this.headerFailureIsProblem = headerFailureIsProblem;
    }

    /** Opens a log file for reading; bytes that are not UTF-8 make their row a problem (see {@link #read}). */
    static Reader open(Path file) throws IOException {
        return new Utf8Reader(Files.newInputStream(file));
    }

    /** The columns of the file's first row, read on its own (to append to a log not replayed). */
    static CsvColumns header(Path file) throws IOException {
        CsvSplitter splitter = new CsvSplitter();
        try (Reader in = open(file)) {
            Row row = null;
            while (row == null && splitter.fill(in)) {
                row = splitter.next();
            }
            return columnsOf(row == null ? splitter.rest() : row, file);
        }
    }

    /**
     * Before any text is read: the text begins at line {@code line} of the file, after the header,
     * whose columns are {@code columns} (reading on from a checkpoint).
     */
    void resume(CsvColumns columns, long line) {
        this.columns = columns;
        splitter.startAtLine(line);
    }

    /** The number of the line the next row starts on. */
    long nextLine() {
        return splitter.line();
    }

    /** Reads more text from {@code in}; false at the end of its input. */
    boolean fill(Reader in) throws IOException {
        if (in instanceof Utf8Reader utf8) {
            notUtf8 = utf8.badOffsets();
        }
        return splitter.fill(in);
    }

    /** Adds the remaining characters of {@code chars}. */
    void add(CharBuffer chars) {
        splitter.add(chars);
    }

    /** The header's columns, or null before the header's line end was read. */
    CsvColumns columns() {
        return columns;
    }

    /**
     * Reads every row whose line end has arrived.
     *
     * @throws IOException when the header lacks created, task or action and that is not a problem
     */
    void read(Consumer<LogRecord> sink, List<LogProblem> problems) throws IOException {
        for (Row row = splitter.next(); row != null; row = splitter.next()) {
            take(row, sink, problems);
        }
    }

    /** Whether text between the offsets {@code from} and {@code to} held bytes that are not UTF-8. */
    private boolean notUtf8(long from, long to) {
        while (checked < notUtf8.size() && notUtf8.get(checked) < from) {
            checked++;
        }
        return checked < notUtf8.size() && notUtf8.get(checked) < to;
    }

    /** At the end of the file (replay): the last row has no line end, so it is half-written. */
    void end(Consumer<LogRecord> sink, List<LogProblem> problems) throws IOException {
        Row row = splitter.rest();
        while (row != null && splitter.more()) {
            take(row, sink, problems); // a record cut short before others: they are read on
            read(sink, problems);
            row = splitter.rest();
        }
        if (row == null) {
            return;
        }
        if (columns == null && !headerless) {
            take(row, sink, problems); // a file of a header only, without its line end
        } else if (row.openQuote()) {
            cutLine = row.line();
            String error = "unterminated quoted field at the end of the file; beginning of the lost text: ["
                    + row.text() + "]";
            problems.add(new LogProblem(row.line(), (row.ended()
                    ? "not a CSV record, skipped with the rest of the file: "
                    : "half-written last line, skipped: ") + error, !row.ended()));
        } else if (!row.isBlank()) {
            cutLine = row.line();
            problems.add(new LogProblem(row.line(), "half-written last line (no line end), skipped: " + row.text(),
                    true));
        }
    }

    /** The line on which the file's last record begins if {@link #end} found it unfinished, else 0. */
    long cutLine() {
        return cutLine;
    }

    /** The file was replaced or truncated (the follower): a row not ended by now never will be. */
    void abandon(List<LogProblem> problems) {
        Row row = splitter.rest();
        if (row != null && !row.isBlank()) {
            problems.add(new LogProblem(row.line(), "half-written last line, skipped (the file was replaced or"
                    + " truncated before its line end): " + row.text(), true));
        }
    }

    private void take(Row row, Consumer<LogRecord> sink, List<LogProblem> problems) throws IOException {
        if (!notUtf8.isEmpty() && notUtf8(row.from(), row.to())) {
            problems.add(new LogProblem(row.line(), "line " + row.line() + " is not UTF-8 text (bytes shown as \uFFFD),"
                    + " skipped: " + row.text(), false));
            if (columns == null && !headerless) {
                headerless = !headerFailureIsProblem ? fail(row) : true;
            }
        } else if (columns == null && !headerless) {
            header(row, problems);
        } else if (headerless && !row.isBlank()) {
            problems.add(new LogProblem(row.line(), "not read, the file has no task-log header: " + row.text(),
                    false));
        } else if (row.openQuote()) {
            problems.add(new LogProblem(row.line(), "not a CSV record (a quoted field is not closed before the next"
                    + " record: cut short?), skipped: " + row.text(), false));
        } else if (row.malformed()) {
            problems.add(new LogProblem(row.line(), "not a CSV record (text after the closing quote of a field),"
                    + " skipped: " + row.text(), false));
        } else if (!row.isBlank()) {
            columns.toRecord(row.fields(), zone, row.line(), problems).ifPresent(sink);
        }
    }

    private boolean fail(Row header) throws IOException {
        throw new IOException("the header of the task log " + file + " is not UTF-8 text (line 1: " + header.text() + ")");
    }

    private void header(Row row, List<LogProblem> problems) throws IOException {
        try {
            columns = columnsOf(row, file);
        } catch (IOException e) {
            if (!headerFailureIsProblem) {
                throw e;
            }
            headerless = true;
            problems.add(new LogProblem(row.line(), e.getMessage(), false));
        }
    }

    private static CsvColumns columnsOf(Row header, Path file) throws IOException {
        if (header != null && (header.openQuote() || header.malformed())) {
            throw new IOException("cannot read the header of the task log " + file + ": "
                    + (header.openQuote() ? "a quoted field is not closed" : "text after the closing quote of a field")
                    + " (line 1: " + header.text() + ")");
        }
        return CsvColumns.fromHeader(header == null ? null : header.fields(), file);
    }
}
