package dev.kairos.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The checkpoint's bytes are those of the JDK's data streams, and a short array ends in EOFException. */
class BytesTest {
    private static void writeAll(DataOutput out) throws IOException {
        out.writeBoolean(true);
        out.writeByte(-3);
        out.writeShort(-30_000);
        out.writeChar('é');
        out.writeInt(Integer.MIN_VALUE + 7);
        out.writeLong(Long.MAX_VALUE - 9);
        out.writeFloat(1.5f);
        out.writeDouble(-2.25);
        out.writeUTF("naïve \u0000 ünïcode");
        out.write(new byte[] {1, 2, 3}, 1, 2);
        for (int i = 0; i < 100_000; i++) { // past the first buffer
            out.writeInt(i);
        }
    }

    private static void readAll(DataInput in) throws IOException {
        assertEquals(true, in.readBoolean());
        assertEquals(-3, in.readByte());
        assertEquals(-30_000, in.readShort());
        assertEquals('é', in.readChar());
        assertEquals(Integer.MIN_VALUE + 7, in.readInt());
        assertEquals(Long.MAX_VALUE - 9, in.readLong());
        assertEquals(1.5f, in.readFloat());
        assertEquals(-2.25, in.readDouble());
        assertEquals("naïve \u0000 ünïcode", in.readUTF());
        byte[] two = new byte[2];
        in.readFully(two);
        assertArrayEquals(new byte[] {2, 3}, two);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(i, in.readInt());
        }
    }

    @Test
    void writes_and_reads_what_the_data_streams_do() throws IOException {
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        writeAll(new DataOutputStream(jdk));
        Bytes.Out ours = new Bytes.Out();
        writeAll(ours);
        assertArrayEquals(jdk.toByteArray(), ours.toByteArray());
        Bytes.In in = new Bytes.In(jdk.toByteArray(), 0, jdk.size());
        readAll(in);
        assertEquals(0, in.available());
        assertThrows(EOFException.class, in::readInt);
        Bytes.In shortOne = new Bytes.In(new byte[] {0, 0, 0}, 0, 3);
        assertThrows(EOFException.class, shortOne::readInt);
    }
}
