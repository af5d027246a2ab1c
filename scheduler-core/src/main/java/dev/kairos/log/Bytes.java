package dev.kairos.log;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * {@link DataOutput} and {@link DataInput} over a byte array, in the byte order and formats of
 * {@link DataOutputStream} and {@link DataInputStream}, without their per-byte calls to a
 * synchronized stream: a checkpoint of 100,000 tasks is millions of numbers.
 */
final class Bytes {
    private Bytes() {
    }

    /** A growing array written as {@link DataOutputStream} writes. */
    static final class Out implements DataOutput {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        private ByteBuffer room(int bytes) {
            if (buffer.remaining() < bytes) {
                long wanted = Math.max((long) buffer.capacity() * 2, (long) buffer.position() + bytes);
                if (wanted > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("more than 2 GB to write");
                }
                buffer = ByteBuffer.wrap(Arrays.copyOf(buffer.array(), (int) wanted)).position(buffer.position());
            }
            return buffer;
        }

        /** The bytes written so far, a copy. */
        byte[] toByteArray() {
            return Arrays.copyOf(buffer.array(), buffer.position());
        }

        /** How many bytes were written. */
        int size() {
            return buffer.position();
        }

        /** The array that holds the bytes written, from 0 to {@link #size()} (not a copy). */
        byte[] array() {
            return buffer.array();
        }

        @Override
        public void write(int b) {
            room(1).put((byte) b);
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len).put(b, off, len);
        }

        @Override
        public void writeBoolean(boolean v) {
            write(v ? 1 : 0);
        }

        @Override
        public void writeByte(int v) {
            write(v);
        }

        @Override
        public void writeShort(int v) {
            room(2).putShort((short) v);
        }

        @Override
        public void writeChar(int v) {
            room(2).putChar((char) v);
        }

        @Override
        public void writeInt(int v) {
            room(4).putInt(v);
        }

        @Override
        public void writeLong(long v) {
            room(8).putLong(v);
        }

        @Override
        public void writeFloat(float v) {
            room(4).putFloat(v);
        }

        @Override
        public void writeDouble(double v) {
            room(8).putDouble(v);
        }

        @Override
        public void writeBytes(String s) {
            for (int i = 0; i < s.length(); i++) {
                write(s.charAt(i));
            }
        }

        @Override
        public void writeChars(String s) {
            for (int i = 0; i < s.length(); i++) {
                writeChar(s.charAt(i));
            }
        }

        @Override
        public void writeUTF(String s) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 2);
            new DataOutputStream(b).writeUTF(s); // its modified UTF-8, length first
            write(b.toByteArray());
        }
    }

    /** An array read as {@link DataInputStream} reads; its end is an {@link EOFException}. */
    static final class In implements DataInput {
        private final ByteBuffer buffer;

        In(byte[] bytes, int from, int length) {
            this.buffer = ByteBuffer.wrap(bytes, from, length);
        }

        /** How many bytes are left. */
        int available() {
            return buffer.remaining();
        }

        private ByteBuffer need(int bytes) throws EOFException {
            if (buffer.remaining() < bytes) {
                throw new EOFException("the data ends " + (bytes - buffer.remaining()) + " byte(s) too soon");
            }
            return buffer;
        }

        @Override
        public void readFully(byte[] b) throws IOException {
            readFully(b, 0, b.length);
        }

        @Override
        public void readFully(byte[] b, int off, int len) throws IOException {
            need(len).get(b, off, len);
        }

        @Override
        public int skipBytes(int n) {
            int skipped = Math.max(0, Math.min(n, buffer.remaining()));
            buffer.position(buffer.position() + skipped);
            return skipped;
        }

        @Override
        public boolean readBoolean() throws IOException {
            return need(1).get() != 0;
        }

        @Override
        public byte readByte() throws IOException {
            return need(1).get();
        }

        @Override
        public int readUnsignedByte() throws IOException {
            return need(1).get() & 0xff;
        }

        @Override
        public short readShort() throws IOException {
            return need(2).getShort();
        }

        @Override
        public int readUnsignedShort() throws IOException {
            return need(2).getShort() & 0xffff;
        }

        @Override
        public char readChar() throws IOException {
            return need(2).getChar();
        }

        @Override
        public int readInt() throws IOException {
            return need(4).getInt();
        }

        @Override
        public long readLong() throws IOException {
            return need(8).getLong();
        }

        @Override
        public float readFloat() throws IOException {
            return need(4).getFloat();
        }

        @Override
        public double readDouble() throws IOException {
            return need(8).getDouble();
        }

        @Override
        public String readLine() {
            throw new UnsupportedOperationException("a checkpoint has no lines");
        }

        @Override
        public String readUTF() throws IOException {
            return DataInputStream.readUTF(this);
        }
    }
}
