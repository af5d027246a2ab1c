package dev.kairos.log;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file a writer holds open, as the path showed it and as long as the writer made it: what tells
 * that the file was moved away, deleted or replaced (the path shows another file or none) or
 * truncated (shorter than written). On a file system without file keys only deletion and truncation
 * are seen.
 */
final class FileIdentity {
    private final Object key;
    private final long size;

    private FileIdentity(Object key, long size) {
        this.key = key;
        this.size = size;
    }

    /** The file at {@code path}, which {@code channel} holds open, as it is now. */
    static FileIdentity of(Path path, FileChannel channel) throws IOException {
        return new FileIdentity(keyAt(path), channel.size());
    }

    /** What happened to the file since, in words, or null if it is still the one at the path and no shorter. */
    String changeSince(Path path, FileChannel channel) throws IOException {
        String moved = movedSince(path);
        if (moved != null) {
            return moved;
        }
        long now = channel.size();
        return now < size ? "truncated (" + size + " bytes written, " + now + " left: a copytruncate rotation?)" : null;
    }

    /**
     * The file as it is after a write through {@code channel}, with one look at the path; null if the
     * path lost it meanwhile ({@link #movedSince} says how).
     */
    FileIdentity afterWrite(Path path, FileChannel channel) throws IOException {
        Object now = keyAt(path);
        return lostTo(now, path) != null ? null : new FileIdentity(now, channel.size());
    }

    /** How the path lost the file, in words, or null if the path still shows it. */
    String movedSince(Path path) throws IOException {
        return lostTo(keyAt(path), path);
    }

    /** How the path, whose file key is now {@code now}, lost the file; null if it still shows it. */
    private String lostTo(Object now, Path path) {
        if (now == null) {
            return Files.exists(path) ? null : "deleted or moved away";
        }
        return key != null && !key.equals(now) ? "moved away or replaced by another file" : null;
    }

    private static Object keyAt(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether the file's last byte ends a line (or the file is empty). */
    static boolean endsWithLineEnd(Path file) throws IOException {
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
