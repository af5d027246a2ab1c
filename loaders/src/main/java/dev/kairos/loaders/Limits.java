package dev.kairos.loaders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The largest task files the loader reads, documented on {@link DirectoryLoader}; larger ones are refused. */
final class Limits {
    /** The most bytes of a {@code .task} file. */
    static final long TASK = 1L << 20;
    /** The most bytes of a {@code .java} file. */
    static final long JAVA = 4L << 20;
    /** The most bytes of a {@code .jar} file. */
    static final long JAR = 256L << 20;

    private Limits() {
    }

    /** A file past its kind's limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(FileKind kind, long size) {
            super("the file is " + bytes(size) + ", larger than the " + bytes(limit(kind)) + " a ." + kind.name()
                    .toLowerCase(java.util.Locale.ROOT) + " file may have; it is not read");
        }
    }

    static long limit(FileKind kind) {
        return switch (kind) {
            case TASK -> TASK;
            case JAVA -> JAVA;
            case JAR -> JAR;
        };
    }

    /**
     * The file's bytes, read no further than its kind's limit, so that a file that grows while it is
     * read costs no more memory than one at the limit.
     *
     * @throws TooLarge if the file is, or turns out to be, larger than the limit
     */
    static byte[] read(Path file, FileKind kind, long size) throws IOException {
        long limit = limit(kind);
        if (size > limit) {
            throw new TooLarge(kind, size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) limit);
            if (in.read() != -1) {
                throw new TooLarge(kind, Math.max(size, limit + 1));
            }
            return content;
        }
    }

    private static String bytes(long n) {
        return n >= 1L << 20 && n % (1L << 20) == 0 ? String.format("%,d MiB", n >> 20) : String.format("%,d bytes", n);
    }
}
