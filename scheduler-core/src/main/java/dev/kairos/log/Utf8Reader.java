package dev.kairos.log;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8 text, reading bytes that are not UTF-8 as U+FFFD and noting where each was, as an
 * offset in the characters read, so the reader of the log can say which line holds them. Not
 * thread-safe.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final List<Long> bad = new ArrayList<>();
    private boolean eof;
    private boolean flushed;
    /** Characters handed out so far. */
    private long read;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** The offsets, in the characters read, of the bytes that were not UTF-8 (each read as U+FFFD), in order. */
    List<Long> badOffsets() {
        return bad;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (!eof && bytes.remaining() < 4) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                bad.add(read + out.position() - off);
                bytes.position(bytes.position() + r.length());
                out.put('\uFFFD');
            } else if (eof && !bytes.hasRemaining()) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == off) {
                    return -1;
                }
            }
        }
        int n = out.position() - off;
        read += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
