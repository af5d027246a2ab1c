package dev.kairos.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A peer's figures handed to the measurement of Kairos that follows it in the same run: each runs
 * in a JVM of its own ({@link SessionBenchmark}), the peer first, and writes what it measured to
 * {@code peers.properties} in the harness's directory; Kairos's line then carries
 * {@code peer=… ratio=…}.
 */
final class Peers {
    private Peers() {
    }

    /** Keeps a peer's figure, {@code key} such as {@code quartz.launch.per_s}. */
    static synchronized void put(Path dir, String key, double value) throws IOException {
        Properties p = load(dir);
        p.setProperty(key, Double.toString(value));
        try (Writer out = Files.newBufferedWriter(file(dir))) {
            p.store(out, "figures of the peers, for the lines of Kairos");
        }
    }

    /**
     * {@code " peer=quartz peer_<figure>=<its value> ratio=<ours / its>"} for the key
     * {@code quartz.<figure>} when the peer's figure was measured in this run, else the empty string.
     * The ratio is always Kairos's figure over the peer's, whichever way is better.
     */
    static String compare(Path dir, String key, double ours) throws IOException {
        String peer = load(dir).getProperty(key);
        if (peer == null) {
            return "";
        }
        double value = Double.parseDouble(peer);
        int dot = key.indexOf('.');
        String figure = key.substring(key.lastIndexOf('.') + 1);
        return Report.f(" peer=%s peer_%s=%s ratio=%.2f", key.substring(0, dot), figure, number(value),
                value == 0 ? Double.NaN : ours / value);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Report.f("%.3f", value);
    }

    /** The peer's figure, if it was measured in this run. */
    static Double get(Path dir, String key) throws IOException {
        String peer = load(dir).getProperty(key);
        return peer == null ? null : Double.parseDouble(peer);
    }

    private static Properties load(Path dir) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file(dir))) {
            try (Reader in = Files.newBufferedReader(file(dir))) {
                p.load(in);
            }
        }
        return p;
    }

    private static Path file(Path dir) {
        return dir.resolve("peers.properties");
    }
}
