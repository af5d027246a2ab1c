package dev.kairos.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CSV log followed by its path, as {@code tail -F} does; see {@link TaskLog#follow} for what it
 * guarantees. A file is told from its replacement by its file key (device and inode).
 */
final class CsvLogTail implements LogTail {
    private final Path path;
    private final ZoneId zone;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private FileChannel channel;
    private Object fileKey;
    /** How far the file was read. */
    private long position;
    private CsvLogReader reader;
    private boolean closed;

    CsvLogTail(Path path, ZoneId zone) {
        this.path = Objects.requireNonNull(path, "path");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Batch poll() throws IOException {
        if (closed) {
            throw new IllegalStateException("the tail of the task log " + path + " is closed");
        }
        List<LogRecord> records = new ArrayList<>();
        List<LogProblem> problems = new ArrayList<>();
        BasicFileAttributes now = attributes();
        if (channel != null) {
            drain(records, problems); // after looking at the path: what the old file got until now is read
        }
        if (now == null) {
            return new Batch(records, problems); // deleted, or rotated and not created again: keep the old file
        }
        if (channel == null || now.fileKey() != null && !now.fileKey().equals(fileKey)) {
            if (open(now, problems)) {
                drain(records, problems);
            }
        } else if (channel.size() < position) {
            reader.abandon(problems);
            restart();
            drain(records, problems);
        }
        return new Batch(records, problems);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public String toString() {
        return "TaskLog.csv(" + path + ").follow(" + zone + ")";
    }

    private BasicFileAttributes attributes() throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Leaves the file read so far for the one now at the path; false if that is gone already. */
    private boolean open(BasicFileAttributes attributes, List<LogProblem> problems) throws IOException {
        FileChannel opened;
        try {
            opened = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (channel != null) {
            reader.abandon(problems);
            channel.close();
        }
        channel = opened;
        fileKey = attributes.fileKey();
        restart();
        return true;
    }

    private void restart() {
        position = 0;
        bytes.clear();
        decoder.reset();
        reader = new CsvLogReader(path, zone, true);
    }

    private void drain(List<LogRecord> records, List<LogProblem> problems) throws IOException {
        for (int n = channel.read(bytes, position); n > 0; n = channel.read(bytes, position)) {
            position += n;
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, false); // an unfinished UTF-8 sequence stays in bytes
                chars.flip();
                reader.add(chars);
                chars.clear();
            } while (result.isOverflow());
            bytes.compact();
            reader.read(records::add, problems);
        }
    }
}
