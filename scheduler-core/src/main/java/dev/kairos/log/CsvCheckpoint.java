package dev.kairos.log;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The checkpoint of a CSV task log, {@code FILE.checkpoint}: a reader's {@link ReplayState} after
 * the log's first {@code offset} bytes, with what tells whether the log still holds those bytes.
 *
 * <p>The file is a magic text and a version, the log's file key, the offset and the number of the
 * line that starts there, the zone, a SHA-256 of the log's bytes that are checked (the first
 * {@value #BLOCK} bytes, {@value #BLOCKS} blocks of {@value #BLOCK} bytes spread evenly up to the
 * offset, and the last {@value #TAIL} bytes before it), the highest run id, the state, and a CRC-32C
 * of all of it. It is written to {@code FILE.checkpoint.new}, then moved over the old one: a reader
 * sees the old file or the new one, and one cut short by a crash fails its checksum. Checking it
 * reads at most about 200 KiB of the log, whatever the log's length.
 */
final class CsvCheckpoint {
    private static final String MAGIC = "kairos csv checkpoint";
    private static final int VERSION = 1;
    static final int BLOCK = 4 * 1024;
    static final int BLOCKS = 32;
    static final int TAIL = 64 * 1024;

    private final Path log;
    private final Path file;

    CsvCheckpoint(Path log) {
        this.log = log;
        this.file = log.resolveSibling(log.getFileName() + ".checkpoint");
    }

    /** Where a checkpoint leaves the log: its first {@code offset} bytes, the line after them, the highest run id. */
    record Mark(long offset, long line, long highestRunId) {
    }

    /** The checkpoint's file. */
    Path file() {
        return file;
    }

    /** Writes {@code state} as the checkpoint of the log's first {@code mark.offset()} bytes, replacing the last one. */
    void write(Mark mark, ZoneId zone, ReplayState state) throws IOException {
        Bytes.Out out = new Bytes.Out();
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(fileKey());
        out.writeLong(mark.offset());
        out.writeLong(mark.line());
        out.writeUTF(zone.getId());
        out.write(fingerprint(mark.offset()));
        out.writeLong(mark.highestRunId());
        state.save(out);
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.size());
        out.writeLong(crc.getValue());
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(out.array(), 0, out.size());
            while (buffer.hasRemaining()) {
                c.write(buffer);
            }
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Loads the checkpoint into {@code state} if there is one that matches the log as it is now and
     * was made in {@code zone}: the mark it leaves the log at. Otherwise {@code state} is left as it
     * was and the exception says why.
     *
     * @throws NoSuchFileException if there is no checkpoint
     * @throws IOException         if it cannot be used: what does not match, in words
     */
    Mark load(ZoneId zone, ReplayState state) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < Long.BYTES) {
            throw new IOException("it is cut short (" + bytes.length + " bytes)");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
            throw new IOException("its checksum does not match: it is damaged or cut short");
        }
        Bytes.In in = new Bytes.In(bytes, 0, bytes.length - Long.BYTES);
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("it is not a checkpoint of a CSV task log");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("it is of version " + version + ", this version reads " + VERSION);
        }
        String key = in.readUTF();
        long offset = in.readLong();
        long line = in.readLong();
        String zoneId = in.readUTF();
        byte[] print = new byte[32];
        in.readFully(print);
        long highest = in.readLong();
        if (!key.equals(fileKey())) {
            throw new IOException("it was made for another file at " + log + " (rotated, replaced or restored since)");
        }
        long size = Files.size(log);
        if (offset < 0 || line < 1 || offset > size) {
            throw new IOException("it goes " + offset + " bytes into the log, which holds " + size
                    + " (truncated since?)");
        }
        if (!zoneId.equals(zone.getId())) {
            throw new IOException("it was made in the zone " + zoneId + ", the session's is " + zone.getId());
        }
        if (!Arrays.equals(print, fingerprint(offset))) {
            throw new IOException("the log's bytes before " + offset + " are not those it was made of (the log was "
                    + "rewritten)");
        }
        state.load(in);
        if (in.available() != 0) {
            throw new IOException(in.available() + " bytes follow the state");
        }
        return new Mark(offset, line, highest);
    }

    /** Deletes the checkpoint, if any. */
    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The log's file key, as text; empty where the file system has none. */
    private String fileKey() throws IOException {
        Object key = Files.readAttributes(log, BasicFileAttributes.class).fileKey();
        return key == null ? "" : key.toString();
    }

    /** A SHA-256 of the log's bytes that a checkpoint checks, up to {@code offset}. */
    private byte[] fingerprint(long offset) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[Math.max(BLOCK, TAIL)];
        try (FileChannel c = FileChannel.open(log, StandardOpenOption.READ)) {
            digest.update(read(c, 0, (int) Math.min(BLOCK, offset), buffer), 0, (int) Math.min(BLOCK, offset));
            if (offset > BLOCK) {
                for (int i = 0; i < BLOCKS; i++) {
                    long at = (offset - BLOCK) / BLOCKS * i;
                    digest.update(read(c, at, BLOCK, buffer), 0, BLOCK);
                }
            }
            long tail = Math.min(TAIL, offset);
            digest.update(read(c, offset - tail, (int) tail, buffer), 0, (int) tail);
        }
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        return digest.digest();
    }

    private static byte[] read(FileChannel c, long at, int length, byte[] into) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, 0, length);
        while (b.hasRemaining()) {
            if (c.read(b, at + b.position()) < 0) {
                throw new IOException("the log ends before byte " + (at + length));
            }
        }
        return into;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The number of the line that starts at {@code to}, counting line ends (LF, CR LF, a lone CR, as
     * the reader does) in the log's bytes from {@code from}, where line {@code line} starts.
     */
    long lineAt(long from, long line, long to) throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bytes " + from + " to " + to);
        }
        long n = line;
        boolean afterCr = false;
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(from);
            byte[] buffer = new byte[1 << 16];
            for (long left = to - from; left > 0; ) {
                int got = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (got < 0) {
                    throw new IOException("the log ends before byte " + to);
                }
                for (int i = 0; i < got; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        n += afterCr ? 0 : 1;
                    } else if (b == '\r') {
                        n++;
                    }
                    afterCr = b == '\r';
                }
                left -= got;
            }
        }
        return n;
    }
}
