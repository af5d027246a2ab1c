package dev.kairos.log;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A CSV log whose last record was cut short (a power cut, a kill while writing): before anything is
 * appended after it, the unfinished record is moved to {@code FILE.cut} (appended there, one cut
 * after another) and the log truncated where it began, so that what follows is never read as part of
 * it. A session does this once, at its first write after replay; readers never change the file.
 */
final class CutTail {
    private CutTail() {
    }

    /** The file the cut records of {@code log} go to. */
    static Path sideFile(Path log) {
        return log.resolveSibling(log.getFileName() + ".cut");
    }

    /**
     * Moves the text from the start of physical line {@code line} (numbered from 1, line ends as the
     * CSV reader counts them: LF, CR LF or a lone CR) to the end of the file aside.
     *
     * @return how many bytes were moved; 0 if the file has fewer lines
     */
    static long moveAside(Path log, long line) throws IOException {
        long offset = offsetOfLine(log, line);
        long size = Files.size(log);
        if (offset < 0 || offset >= size) {
            return 0;
        }
        try (FileChannel from = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileChannel to = FileChannel.open(sideFile(log), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            long moved = 0;
            while (moved < size - offset) {
                moved += from.transferTo(offset + moved, size - offset - moved, to);
            }
            to.write(ByteBuffer.wrap(new byte[] {'\n'}));
            to.force(true);
            from.truncate(offset);
            from.force(true);
            return moved;
        }
    }

    /** The byte offset at which physical line {@code line} begins, or -1 past the end. */
    static long offsetOfLine(Path log, long line) throws IOException {
        if (line <= 1) {
            return 0;
        }
        long lineNo = 1;
        long pos = 0;
        boolean afterCr = false; // a CR read: the next byte tells whether it is a CR LF
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(log)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++, pos++) {
                    byte b = buffer[i];
                    if (afterCr) {
                        afterCr = false;
                        lineNo++;
                        if (b == '\n') {
                            if (lineNo == line) {
                                return pos + 1;
                            }
                            continue;
                        }
                        if (lineNo == line) {
                            return pos;
                        }
                    }
                    if (b == '\r') {
                        afterCr = true;
                    } else if (b == '\n' && ++lineNo == line) {
                        return pos + 1;
                    }
                }
            }
        }
        return afterCr && lineNo + 1 == line ? pos : -1;
    }
}
