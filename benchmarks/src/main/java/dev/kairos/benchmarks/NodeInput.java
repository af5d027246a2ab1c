package dev.kairos.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** A node's side of {@link Nodes}: answers {@code count} with {@code ran <n>} until its input ends. */
final class NodeInput {
    private NodeInput() {
    }

    /** Says {@code ready}, then answers until the benchmark ends this JVM's input. */
    static void serve(AtomicLong ran) throws IOException {
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("count")) {
                System.out.println("ran " + ran.get());
                System.out.flush();
            }
        }
    }
}
