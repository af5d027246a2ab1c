package dev.kairos.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a CSV file as it grows, like {@code tail -f}: each {@link #poll()} hands over the records
 * completed since the last one. Survives rotation (the path now names another file: the rest of the
 * old file is read, then the new one from its start) and truncation (the file got shorter: read
 * again from its start). A record is handed over only once its line end is written.
 */
final class LogFollower implements AutoCloseable {
    private final Path path;
    private final Consumer<List<String>> header;
    private final Consumer<List<String>> sink;
    private final CsvSplitter splitter = new CsvSplitter();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private boolean headerSeen;

    /**
     * @param header receives the first record of each file (the CSV header)
     * @param sink   receives every other record
     */
    LogFollower(Path path, Consumer<List<String>> header, Consumer<List<String>> sink) {
        this.path = path;
        this.header = header;
        this.sink = sink;
    }

    /** Reads what was appended since the last call; returns whether the file exists now. */
    boolean poll() throws IOException {
        if (channel != null) {
            drain();
        }
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false; // rotated away and not yet created again: keep the old file until then
        }
        if (channel == null || (now.fileKey() != null && !Objects.equals(now.fileKey(), fileKey))) {
            open(now);
            drain();
        } else if (channel.size() < position) {
            restart();
            drain();
        }
        return true;
    }

    private void open(BasicFileAttributes attributes) throws IOException {
        close();
        channel = FileChannel.open(path, StandardOpenOption.READ);
        fileKey = attributes.fileKey();
        restart();
    }

    private void restart() {
        position = 0;
        headerSeen = false;
        partial.reset();
        splitter.reset();
    }

    private void drain() throws IOException {
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return;
            }
            position += n;
            byte[] bytes = buffer.array();
            int lastNewline = -1;
            for (int i = n - 1; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    lastNewline = i;
                    break;
                }
            }
            if (lastNewline < 0) {
                partial.write(bytes, 0, n);
                continue;
            }
            // A '\n' byte never occurs inside a UTF-8 sequence, so complete lines decode whole.
            partial.write(bytes, 0, lastNewline + 1);
            String text = partial.toString(StandardCharsets.UTF_8);
            partial.reset();
            partial.write(bytes, lastNewline + 1, n - lastNewline - 1);
            deliver(splitter.feed(text));
        }
    }

    private void deliver(List<List<String>> records) {
        for (List<String> r : new ArrayList<>(records)) {
            if (!headerSeen) {
                headerSeen = true;
                header.accept(r);
            } else if (!(r.size() == 1 && r.get(0).isBlank())) {
                sink.accept(r);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
