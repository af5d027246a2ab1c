package dev.kairos.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Scheduler nodes in JVMs of their own, started from this JVM's class path. A node prints
 * {@code ready} once it runs, {@code ran <n>} (bodies it ran so far) for each {@code count} line of
 * its standard input and once more when that input ends, then exits (see {@link NodeInput}); its
 * other output goes to this JVM's standard error, prefixed with its name.
 */
final class Nodes implements AutoCloseable {
    private static final List<String> JVM = List.of("-Xmx512m", "-Dslf4j.internal.verbosity=ERROR");

    private final List<Node> nodes = new ArrayList<>();

    /** Starts {@code count} nodes named {@code prefix1 …}, each {@code main} of {@code mainClass} with its name first. */
    static Nodes start(int count, String prefix, Class<?> mainClass, List<String> args) throws IOException {
        Nodes out = new Nodes();
        for (int i = 1; i <= count; i++) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(JVM);
            String options = System.getProperty("kairos.bench.nodeOptions");
            if (options != null && !options.isBlank()) { // e.g. -XX:TieredStopAtLevel=1, to see what the JIT costs
                cmd.addAll(List.of(options.strip().split("\\s+")));
            }
            String recordings = System.getProperty("kairos.bench.jfr");
            if (recordings != null) { // a flight recording per node: DIR/kairos-3-1.jfr is node 1 of 3
                String settings = System.getProperty("kairos.bench.jfc", "profile"); // a .jfc file, or a JDK's name
                cmd.add("-XX:StartFlightRecording=settings=" + settings + ",filename=" + Path.of(recordings, prefix
                        + count + "-" + i + ".jfr"));
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName(), prefix + i));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out.nodes.add(new Node(prefix + i, p));
        }
        return out;
    }

    /** Waits until every node has said {@code ready}; the time from their start until the last did. */
    Duration awaitReady(Duration limit) throws Exception {
        long t0 = System.nanoTime();
        for (Node n : nodes) {
            n.ready.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** The nodes' process ids. */
    List<Long> pids() {
        return nodes.stream().map(n -> n.process.pid()).toList();
    }

    /** How many bodies each node has run so far. */
    List<Long> counts() throws Exception {
        for (Node n : nodes) {
            n.process.getOutputStream().write("count\n".getBytes(StandardCharsets.UTF_8));
            n.process.getOutputStream().flush();
        }
        return answers();
    }

    /** Ends the nodes' input and waits for them to stop; how many bodies each ran. */
    List<Long> stop() throws Exception {
        for (Node n : nodes) {
            n.process.getOutputStream().close();
        }
        List<Long> ran = answers();
        for (Node n : nodes) {
            n.process.waitFor(30, TimeUnit.SECONDS);
        }
        return ran;
    }

    private List<Long> answers() throws Exception {
        List<Long> ran = new ArrayList<>();
        for (Node n : nodes) {
            Long count = n.ran.poll(60, TimeUnit.SECONDS);
            if (count == null || count < 0) {
                throw new IllegalStateException("node " + n.name + " did not say how many bodies it ran");
            }
            ran.add(count);
        }
        return ran;
    }

    @Override
    public void close() {
        nodes.forEach(n -> n.process.destroyForcibly());
    }

    /** One node and what it said. */
    private static final class Node {
        final String name;
        final Process process;
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        /** Its answers to {@code count} and to the end of its input; -1 once it has ended. */
        final BlockingQueue<Long> ran = new LinkedBlockingQueue<>();

        Node(String name, Process process) {
            this.name = name;
            this.process = process;
            Thread reader = new Thread(() -> read(name), "node-output-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void read(String name) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.equals("ready")) {
                        ready.complete(null);
                    } else if (line.startsWith("ran ")) {
                        ran.add(Long.parseLong(line.substring(4).strip()));
                    } else {
                        System.err.println("[" + name + "] " + line);
                    }
                }
            } catch (IOException e) {
                System.err.println("[" + name + "] output lost: " + e.getMessage());
            }
            IllegalStateException gone = new IllegalStateException("node " + name + " ended (exit "
                    + exitCode() + ") before saying so");
            ready.completeExceptionally(gone);
            ran.add(-1L);
        }

        private String exitCode() {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "none yet";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }
    }
}
