package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad file costs only itself: the loader reports it by name and goes on with the others. */
class LoaderFaultsTest {
    @TempDir
    Path dir;

    private static LoadProblem only(SyncResult r, Path file) {
        List<LoadProblem> of = r.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, of.size(), r.toString());
        return of.get(0);
    }

    @Test
    void a_condition_of_a_thousand_parentheses_is_a_syntax_problem_of_its_file() {
        try (Fixture f = new Fixture(dir)) {
            Path deep = f.write("deep.task", "start = " + "(".repeat(1_000) + "daily" + ")".repeat(1_000)
                    + "\ncommand = true\n");
            f.write("good.task", "start = daily\ncommand = true\n");
            SyncResult r = f.sync();
            assertEquals(List.of("good"), r.added());
            assertTrue(only(r, deep).message().contains("nested 101 levels deep, expected at most 100 levels"),
                    only(r, deep).message());
            f.write("deep.task", "start = ((daily))\ncommand = true\n");
            assertEquals(List.of("deep"), f.sync().added(), "a later version of the file is loaded");
        }
    }

    @Test
    void a_class_whose_initialiser_overflows_the_stack_or_memory_is_its_files_problem() {
        try (Fixture f = new Fixture(dir)) {
            Path recursing = f.write("Recursing.java", """
                    import dev.kairos.task.*;
                    public class Recursing {
                        static int depth(int n) { return depth(n + 1) + 1; }
                        static { depth(0); }
                        @Task public void recursing() { }
                    }
                    """);
            Path hungry = f.write("Hungry.java", """
                    import dev.kairos.task.*;
                    public class Hungry {
                        static long[] all = new long[Integer.MAX_VALUE - 2];
                        @Task public void hungry() { }
                    }
                    """);
            f.write("b.task", "start = daily\ncommand = true\n");
            f.write("Fine.java", Fixture.javaTask("Fine", "@Task", "Probe.call(\"fine\");"));
            SyncResult r = f.sync();
            assertEquals(List.of("b", "fine"), r.added().stream().sorted().toList(), r.toString());
            assertTrue(only(r, recursing).message().contains("the stack overflowed"), only(r, recursing).message());
            assertTrue(only(r, hungry).message().contains("out of memory"), only(r, hungry).message());
            f.write("Hungry.java", Fixture.javaTask("Hungry", "@Task", "Probe.call(\"fed\");"));
            assertEquals(List.of("hungry"), f.sync().added(), "the loader goes on");
        }
    }

    @Test
    void a_file_larger_than_its_kind_allows_is_refused_by_name_without_being_read() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            Path huge = dir.resolve("huge.task");
            try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
                sparse.setLength(3L << 30); // 3 GiB that take no disk: reading them whole would exhaust the heap
            }
            Path big = f.write("big.task", "command = true\n# " + "x".repeat((int) Limits.TASK));
            f.write("good.task", "start = daily\ncommand = true\n");
            SyncResult r = f.sync();
            assertEquals(List.of("good"), r.added());
            assertEquals("the file is 3,072 MiB, larger than the 1 MiB a .task file may have; it is not read",
                    only(r, huge).message());
            assertTrue(only(r, big).message().startsWith("the file is 1,048,593 bytes, larger than the 1 MiB"),
                    only(r, big).message());
            Files.writeString(big, "start = daily\ncommand = true\n");
            assertEquals(List.of("big"), f.sync().added());
        }
    }

    @Test
    void links_inside_the_directory_are_problems_by_name_and_a_linked_task_directory_is_followed() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("planted.task"), "start = daily\ncommand = id\n");
        Files.writeString(real.resolve("own.task"), "start = daily\ncommand = true\n");
        Path fileLink = Files.createSymbolicLink(real.resolve("planted.task"), outside.resolve("planted.task"));
        Path dirLink = Files.createSymbolicLink(real.resolve("more"), outside);
        Path root = Files.createSymbolicLink(dir.resolve("tasks"), real);
        try (Fixture f = new Fixture(root)) {
            SyncResult r = f.sync();
            assertEquals(List.of("own"), r.added());
            assertEquals(f.session().taskNames(), java.util.Set.of("own"));
            assertEquals(root.resolve("own.task"), f.loader.origins().get("own"), "named under the link given");
            for (Path link : List.of(fileLink, dirLink)) {
                assertTrue(only(r, root.resolve(link.getFileName())).message().startsWith("is a symbolic link"),
                        r.toString());
            }
        }
    }
}
