package dev.kairos.log;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The CSV task log; see {@link TaskLog#csv}. Not thread-safe: one session thread writes. */
final class CsvTaskLog implements TaskLog {
    private final Path file;
    private ZoneId zone = ZoneId.systemDefault();
    private CsvColumns columns;
    private OutputStream stream;
    private Writer writer;
    /** The lines of one append, formatted before they are written in one go. */
    private final StringBuilder lines = new StringBuilder(256);

    CsvTaskLog(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (!Files.exists(file) || Files.size(file) == 0) {
            return List.of();
        }
        List<LogProblem> problems = new ArrayList<>();
        CsvLogReader reader = new CsvLogReader(file, zone, false);
        try (Reader in = CsvLogReader.open(file)) {
            while (reader.fill(in)) {
                reader.read(sink, problems);
            }
            reader.end(sink, problems);
        }
        columns = reader.columns();
        return problems;
    }

    @Override
    public LogTail follow(ZoneId zone) {
        return new CsvLogTail(file, zone);
    }

    @Override
    public void append(List<LogRecord> records) throws IOException {
        lines.setLength(0);
        Writer w = writer(); // a fresh file's header goes into lines first
        for (LogRecord r : records) {
            columns.appendLine(lines, r, zone);
        }
        try {
            w.append(lines);
            w.flush();
        } catch (IOException e) {
            drop();
            throw new IOException("cannot write the task log " + file + ": " + e.getMessage(), e);
        } finally {
            if (lines.capacity() > 1 << 16) {
                lines.setLength(0);
                lines.trimToSize(); // one huge batch does not keep its buffer
            }
        }
    }

    /**
     * After a failed write: lets the file go without flushing what is still buffered, so records
     * reported as not written do not reach the file later; the next append opens it again.
     */
    private void drop() {
        try {
            stream.close();
        } catch (IOException e) {
            // already failing; the caller reports the first error
        }
        stream = null;
        writer = null;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            stream = null;
        }
    }

    @Override
    public String toString() {
        return "TaskLog.csv(" + file + ")";
    }

    private Writer writer() throws IOException {
        if (writer != null) {
            return writer;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        if (!fresh && columns == null) {
            columns = CsvLogReader.header(file);
        }
        boolean needsLineEnd = !fresh && !endsWithNewline();
        stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (needsLineEnd) {
            writer.write('\n'); // keep a half-written last line apart from the records that follow
        }
        if (fresh) {
            columns = CsvColumns.standard();
            CsvLine.append(lines, columns.header());
        }
        return writer;
    }

    private boolean endsWithNewline() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return true;
            }
            raf.seek(raf.length() - 1);
            int last = raf.read();
            return last == '\n' || last == '\r';
        }
    }
}
