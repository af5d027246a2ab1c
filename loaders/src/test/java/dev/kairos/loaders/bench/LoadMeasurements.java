package dev.kairos.loaders.bench;

import dev.kairos.Session;
import dev.kairos.loaders.DirectoryLoader;
import dev.kairos.loaders.SyncResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures how long a loader takes for a directory of N Java task files (default 200): the first
 * sync in a fresh JVM (compiler start-up included), the first sync of a second directory in the same
 * JVM, a sync after one file changed, and a sync when nothing changed. Not a test: run it by hand,
 * e.g. {@code java -cp <test class path> dev.kairos.loaders.bench.LoadMeasurements 200}.
 */
public final class LoadMeasurements {
    private LoadMeasurements() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path first = directory(files);
        Path second = directory(files);
        try (DirectoryLoader a = loader(first); DirectoryLoader b = loader(second)) {
            report("cold JVM, first sync of " + files + " files", time(a), a);
            report("warm JVM, first sync of another " + files + " files", time(b), b);
            List<Long> change = new ArrayList<>();
            List<Long> idle = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                Files.writeString(first.resolve("Task" + (i % files) + ".java"), source(i % files, "edit " + i));
                change.add(time(a));
                age(first);
                a.sync(); // the changed file is read once more while its time stamp is too fresh to trust
                idle.add(time(a));
            }
            System.out.printf("one file changed, sync: median %.1f ms, min %.1f ms, max %.1f ms (%d rounds)%n",
                    median(change), Collections.min(change) / 1e6, Collections.max(change) / 1e6, rounds);
            System.out.printf("nothing changed, sync: median %.2f ms (%d rounds)%n", median(idle), rounds);
        }
    }

    private static DirectoryLoader loader(Path dir) {
        return DirectoryLoader.builder(Session.builder().build(), dir).build();
    }

    private static long time(DirectoryLoader loader) {
        long t0 = System.nanoTime();
        SyncResult r = loader.sync();
        long t = System.nanoTime() - t0;
        if (!r.problems().isEmpty()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return t;
    }

    private static void report(String what, long nanos, DirectoryLoader loader) {
        System.out.printf("%s: %.0f ms (%d tasks)%n", what, nanos / 1e6, loader.origins().size());
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static Path directory(int files) throws IOException {
        Path dir = Files.createTempDirectory("kairos-load");
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve("Task" + i + ".java"), source(i, "v1"));
        }
        age(dir);
        return dir;
    }

    /** Makes the files look old, as in a directory that exists already. */
    private static void age(Path dir) throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    private static String source(int i, String version) {
        return "package jobs;\n\nimport dev.kairos.task.Task;\nimport dev.kairos.task.TaskContext;\n\n"
                + "public class Task" + i + " {\n"
                + "    @Task(start = \"daily after 08:00 & after task 'task" + (i == 0 ? 0 : i - 1) + "' succeeded\", "
                + "timeout = \"1 hour\")\n"
                + "    public String task" + i + "(TaskContext context) {\n"
                + "        context.logger().info(\"" + version + "\");\n"
                + "        return \"" + version + "\" + " + i + ";\n"
                + "    }\n}\n";
    }
}
