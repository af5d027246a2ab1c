package dev.kairos.internal.child;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What crosses between the session and a child JVM, version {@value #VERSION}. The session writes a
 * {@link Request} to a file the child reads; the child writes a {@link Response} to a file the session
 * reads after the child exits. Both files start with the magic {@code KAIROS-CHILD} and the version,
 * so either side rejects a file of another version with a clear message. Values (parameters in,
 * the return value out): null, strings, booleans, ints, longs and doubles are written as such; any
 * other value by Java serialization, and a value that is not serializable fails its run, naming
 * the parameter and its type. (The plain encoding spares the child the start-up cost of Java
 * serialization's input machinery for the usual parameters.) A child that exits without writing a response (killed,
 * {@code System.exit}, out of memory) is a failure recorded with its exit code.
 */
final class ChildProtocol {
    static final int VERSION = 2;
    private static final String MAGIC = "KAIROS-CHILD";

    private ChildProtocol() {
    }

    /**
     * The run a child is to make: which method of which class (a public or private instance method
     * of a class with a no-argument constructor, or a static method), the resolved parameters, and
     * the class files and resources of a {@code PortableClassLoader} (empty for classes on the class
     * path).
     */
    record Request(String taskName, String runId, Instant started, String className, String methodName,
            List<String> parameterTypes, Map<String, byte[]> parameters, Map<String, byte[]> classFiles,
            Map<String, byte[]> resources) {
    }

    /** What the run came to: {@code success}, {@code fail} or {@code inaction}, with value, message and trace. */
    record Response(String action, byte[] value, String message, String trace) {
    }

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte BOOLEAN = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte SERIALIZED = 6;

    /**
     * The encoded form of a value.
     *
     * @throws IllegalArgumentException naming {@code what} and the type that cannot cross
     */
    static byte[] serialize(String what, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                out.writeByte(STRING);
                writeText(out, text);
            } else if (value instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else {
                out.writeByte(SERIALIZED);
                try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
                    objects.writeObject(value);
                }
            }
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException(what + " (a " + value.getClass().getName()
                    + ") cannot cross to or from a child JVM: " + e.getMessage() + " is not Serializable");
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " (a " + value.getClass().getName()
                    + ") cannot cross to or from a child JVM: " + e, e);
        }
        return bytes.toByteArray();
    }

    /** A value back from its encoded form, loading classes with {@code loader}. */
    static Object deserialize(byte[] bytes, ClassLoader loader) throws IOException, ClassNotFoundException {
        if (bytes == null) {
            return null;
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        byte kind = in.readByte();
        switch (kind) {
            case NULL:
                return null;
            case STRING:
                return readText(in);
            case BOOLEAN:
                return in.readBoolean();
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case SERIALIZED:
                try (ObjectInputStream objects = new LoaderObjectInputStream(in, loader)) {
                    return objects.readObject();
                }
            default:
                throw new IOException("unknown value kind " + kind + " in a child-JVM file");
        }
    }

    static void write(OutputStream to, Request r) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(to))) {
            header(out);
            out.writeUTF(r.taskName());
            out.writeUTF(r.runId());
            out.writeLong(r.started().toEpochMilli());
            out.writeUTF(r.className());
            out.writeUTF(r.methodName());
            out.writeInt(r.parameterTypes().size());
            for (String type : r.parameterTypes()) {
                out.writeUTF(type);
            }
            writeMap(out, r.parameters());
            writeMap(out, r.classFiles());
            writeMap(out, r.resources());
        }
    }

    static Request readRequest(InputStream from) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(from))) {
            check(in);
            String task = in.readUTF();
            String run = in.readUTF();
            Instant started = Instant.ofEpochMilli(in.readLong());
            String className = in.readUTF();
            String method = in.readUTF();
            String[] types = new String[in.readInt()];
            for (int i = 0; i < types.length; i++) {
                types[i] = in.readUTF();
            }
            Map<String, byte[]> parameters = readMap(in);
            return new Request(task, run, started, className, method, List.of(types), parameters, readMap(in),
                    readMap(in));
        }
    }

    static void write(OutputStream to, Response r) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(to))) {
            header(out);
            out.writeUTF(r.action());
            writeBytes(out, r.value());
            writeText(out, r.message());
            writeText(out, r.trace());
        }
    }

    static Response readResponse(InputStream from) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(from))) {
            check(in);
            return new Response(in.readUTF(), readBytes(in), readText(in), readText(in));
        }
    }

    private static void header(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
    }

    private static void check(DataInputStream in) throws IOException {
        String magic = in.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Kairos child-JVM file (starts with '" + magic + "')");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("child-JVM protocol version " + version + ", this side speaks " + VERSION
                    + ": the session and the child must run the same Kairos");
        }
    }

    private static void writeMap(DataOutputStream out, Map<String, byte[]> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, byte[]> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            writeBytes(out, e.getValue());
        }
    }

    private static Map<String, byte[]> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), readBytes(in));
        }
        return map;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    /** Long texts (traces) do not fit writeUTF's 64 KiB: they go as bytes. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        writeBytes(out, text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Resolves classes with a given loader (task classes may come from a task directory's loader). */
    private static final class LoaderObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }

}
