package dev.kairos.log;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSV task log; see {@link TaskLog#csv}. Before each append it checks that the file it writes is
 * still the one at the path, as long as it was: moved away or deleted, a new file is begun at the
 * path; truncated in place, its header is written again. Not thread-safe: one session thread writes.
 */
final class CsvTaskLog implements TaskLog {
    private static final Logger LOG = LoggerFactory.getLogger(CsvTaskLog.class);
    private final Path file;
    private final Durability durability;
    private final RunIdMark runIds;
    private final CsvCheckpoint checkpoint;
    /**
     * Whether every record read or written this session is in the file as it is now, so that a
     * checkpoint may be made: false once the file was replaced or truncated or a write failed.
     */
    private boolean vouched = true;
    /** A place in the file where a line starts, and that line's number: where to count lines from. */
    private long knownOffset;
    private long knownLine = 1;
    private ZoneId zone = ZoneId.systemDefault();
    private CsvColumns columns;
    /** The line the replayed file's last record begins on if it was cut short, else 0: moved aside first. */
    private long cutLine;
    private FileChannel channel;
    private Writer writer;
    /** The identity of the open file and its size after the last append: what the path must still show. */
    private FileIdentity opened;
    /** The lines of one append, formatted before they are written in one go. */
    private final StringBuilder lines = new StringBuilder(256);

    CsvTaskLog(Path file, Durability durability) {
        this.file = Objects.requireNonNull(file, "file");
        this.durability = Objects.requireNonNull(durability, "durability");
        this.runIds = new RunIdMark(file);
        this.checkpoint = new CsvCheckpoint(file);
    }

    @Override
    public List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink) throws IOException {
        return replay(zone, sink, null);
    }

    @Override
    public List<LogProblem> replay(ZoneId zone, Consumer<LogRecord> sink, ReplayState state) throws IOException {
        this.zone = Objects.requireNonNull(zone, "zone");
        runIds.read();
        if (!Files.exists(file) || Files.size(file) == 0) {
            return List.of();
        }
        CsvCheckpoint.Mark from = state == null ? null : loadCheckpoint(state);
        List<LogProblem> problems = new ArrayList<>();
        CsvLogReader reader = new CsvLogReader(file, zone, false);
        if (from != null) {
            reader.resume(CsvLogReader.header(file), from.line());
            runIds.note(Long.toString(from.highestRunId()));
        }
        Consumer<LogRecord> noted = r -> {
            runIds.note(r.runId());
            sink.accept(r);
        };
        long size;
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
                Reader in = new Utf8Reader(Channels.newInputStream(c.position(from == null ? 0 : from.offset())))) {
            while (reader.fill(in)) {
                reader.read(noted, problems);
            }
            reader.end(noted, problems);
            size = c.position();
        }
        columns = reader.columns();
        cutLine = reader.cutLine();
        knownOffset = size;
        knownLine = reader.nextLine();
        return problems;
    }

    /** The checkpoint's mark once {@code state} holds it, or null (logged) if there is none to use. */
    private CsvCheckpoint.Mark loadCheckpoint(ReplayState state) {
        try {
            CsvCheckpoint.Mark mark = checkpoint.load(zone, state);
            LOG.debug("task log {}: read on from its checkpoint, {} bytes in", file, mark.offset());
            return mark;
        } catch (NoSuchFileException e) {
            return null; // none made yet
        } catch (IOException | RuntimeException e) {
            LOG.info("task log {}: its checkpoint {} is not used, every record is read: {}", file, checkpoint.file(),
                    e.getMessage());
            return null;
        }
    }

    @Override
    public boolean checkpoint(ReplayState state) throws IOException {
        if (!vouched || cutLine > 0 || columns == null || !Files.exists(file)
                || (opened != null && opened.changeSince(file, channel) != null)) {
            return false;
        }
        long size = Files.size(file);
        long line = checkpoint.lineAt(knownOffset, knownLine, size);
        checkpoint.write(new CsvCheckpoint.Mark(size, line, runIds.highest().map(Long::parseLong).orElse(0L)), zone,
                state);
        knownOffset = size;
        knownLine = line;
        return true;
    }

    @Override
    public Optional<String> lastRunId() {
        return runIds.highest();
    }

    @Override
    public LogTail follow(ZoneId zone) {
        return new CsvLogTail(file, zone);
    }

    @Override
    public void append(List<LogRecord> records) throws IOException {
        lines.setLength(0);
        try {
            Writer w = writer(); // a fresh file's header goes into lines first
            runIds.reserveFor(records);
            for (LogRecord r : records) {
                columns.appendLine(lines, r, zone);
            }
            w.append(lines);
            w.flush();
            if (durability == Durability.SYNCED) {
                channel.force(false);
            }
            FileIdentity after = opened.afterWrite(file, channel);
            if (after == null) {
                // moved or deleted while this batch was written: it may be in the old file only
                String moved = opened.movedSince(file);
                LOG.warn("the task log {} was {} while records were written; writing them to a new file at the path",
                        file, moved == null ? "moved away or replaced by another file" : moved);
                vouched = false;
                drop();
                lines.setLength(0);
                writer().append(withRecords(records)).flush();
                after = FileIdentity.of(file, channel);
            }
            opened = after;
        } catch (IOException e) {
            drop();
            vouched = false; // some of the batch may be in the file, and it is written again
            throw new IOException("cannot write the task log " + file + ": " + reason(e), e);
        } finally {
            if (lines.capacity() > 1 << 16) {
                lines.setLength(0);
                lines.trimToSize(); // one huge batch does not keep its buffer
            }
        }
    }

    /** Why a write failed, in words: the JDK's messages for these are the bare path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied (" + a.getFile() + ")";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException x) {
            return x.getFile() + " is a file, not a directory";
        }
        if (e instanceof java.nio.file.NotDirectoryException x) {
            return x.getFile() + " is not a directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private StringBuilder withRecords(List<LogRecord> records) {
        for (LogRecord r : records) {
            columns.appendLine(lines, r, zone);
        }
        return lines;
    }

    /**
     * After a failed write or a file changed under it: lets the file go without flushing what is
     * still buffered, so records reported as not written do not reach the file later; the next
     * append opens the path again.
     */
    private void drop() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // already failing; the caller reports the first error
        }
        channel = null;
        writer = null;
        opened = null;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            channel = null;
            runIds.settle();
        }
    }

    @Override
    public String toString() {
        return "TaskLog.csv(" + file + (durability == Durability.SYNCED ? ", synced" : "") + ")";
    }

    private Writer writer() throws IOException {
        if (writer != null) {
            String changed = opened.changeSince(file, channel);
            if (changed == null) {
                return writer;
            }
            LOG.warn("the task log {} was {}; {}", file, changed, changed.startsWith("truncated")
                    ? "writing its header again" : "writing a new file at the path; the session's history is kept");
            boolean truncated = changed.startsWith("truncated");
            drop();
            vouched = false; // the history in memory holds records the file does not
            if (truncated) {
                columns = CsvColumns.standard();
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (cutLine > 0) {
            long moved = CutTail.moveAside(file, cutLine);
            knownOffset = 0; // lines are counted again from the start for a checkpoint
            knownLine = 1;
            LOG.warn("the task log {} ended in a record cut short (line {}); moved its {} byte(s) to {} so that no record"
                    + " is written after it", file, cutLine, moved, CutTail.sideFile(file));
            cutLine = 0;
        }
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        if (!fresh && columns == null) {
            columns = CsvLogReader.header(file);
        }
        boolean needsLineEnd = !fresh && !FileIdentity.endsWithLineEnd(file);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
        if (needsLineEnd) {
            writer.write('\n'); // keep a half-written last line apart from the records that follow
        }
        if (fresh) {
            columns = CsvColumns.standard();
            CsvLine.append(lines, columns.header());
        }
        opened = FileIdentity.of(file, channel);
        return writer;
    }
}
