package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.log.LogRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLoaderTest {
    @TempDir
    Path dir;

    @Test
    void each_kind_of_file_becomes_tasks() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            f.write("Hello.java", Fixture.javaTask("Hello", "@Task", "Probe.call(\"java\");"));
            f.write("echo.task", "command = echo\nargs = from a task file\n");
            f.write("count.task", "class = dev.kairos.loaders.Jobs\nmethod = count\nparam.times = 3\n"
                    + "param.what = method\n");
            f.write("lib/jobs.jar", "");
            java.nio.file.Files.write(dir.resolve("lib/jobs.jar"), Jars.of(Fixture.javaTask("Packed", "@Task",
                    "Probe.call(\"jar\");")));
            SyncResult r = f.sync();
            assertEquals(List.of(), r.problems());
            assertEquals(Set.of("hello", "echo", "count", "packed"), f.session().taskNames());
            assertEquals(4, r.filesRead());
            f.run("hello");
            f.run("count");
            f.run("packed");
            assertEquals(List.of("java", "method x3", "jar"), Probe.calls());
            f.run("echo");
            assertEquals("from a task file", f.harness.records("echo").get(1).message());
        }
    }

    @Test
    void an_unchanged_directory_costs_a_scan_and_nothing_else() {
        try (Fixture f = new Fixture(dir)) {
            f.write("a.task", "command = true\n");
            f.write("B.java", Fixture.javaTask("B", "@Task", "Probe.call(\"b\");"));
            assertEquals(2, f.sync().filesRead());
            // Read once more while the files are too new to trust their time stamps, then never again.
            f.sync();
            SyncResult r = f.sync();
            assertEquals(0, r.filesRead());
            assertFalse(r.changedTasks());
        }
    }

    @Test
    void a_deleted_file_takes_its_tasks_away_and_a_run_in_progress_finishes() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Slow.java", Fixture.javaTask("Slow", "@Task", "Probe.await(); Probe.call(\"done\");"));
            f.sync();
            Probe.close();
            f.session().runNow("slow");
            f.harness.step();
            f.delete("Slow.java");
            SyncResult r = f.sync();
            assertEquals(List.of("slow"), r.removed());
            assertFalse(f.session().taskNames().contains("slow"));
            assertEquals(Map.of(), f.loader.origins());
            Probe.open();
            f.harness.awaitRuns();
            assertEquals(List.of("run", "success"), f.harness.actions("slow"));
            assertEquals(List.of("done"), Probe.calls());
        }
    }

    @Test
    void an_edited_file_swaps_its_task_and_the_new_definition_waits_for_the_old_run() {
        try (Fixture f = new Fixture(dir)) {
            String thread = "@Task(execution = Execution.THREAD)";
            f.write("Slow.java", Fixture.javaTask("Slow", thread, "Probe.await(); Probe.call(\"old\");"));
            f.sync();
            Probe.close();
            f.session().runNow("slow");
            f.harness.step();
            f.write("Slow.java", Fixture.javaTask("Slow", thread, "Probe.call(\"new\");"));
            SyncResult r = f.sync();
            assertEquals(List.of(), r.problems());
            assertEquals(List.of("slow"), r.replaced());
            f.session().runNow("slow");
            f.harness.step();
            assertEquals(List.of("run"), f.harness.actions("slow"), "no second run while the old one goes");
            Probe.open();
            f.harness.awaitRuns().settle();
            assertEquals(List.of("old", "new"), Probe.calls());
            assertEquals(List.of("run", "success", "run", "success"), f.harness.actions("slow"));
        }
    }

    @Test
    void two_files_defining_the_same_task_name_do_not_collide_silently() {
        try (Fixture f = new Fixture(dir)) {
            Path first = f.write("a.task", "name = report\ncommand = echo\nargs = a\n");
            Path second = f.write("b.task", "name = report\ncommand = echo\nargs = b\n");
            SyncResult r = f.sync();
            assertEquals(List.of("report"), r.added());
            assertEquals(first, f.loader.origins().get("report"), "the first file in path order keeps it");
            LoadProblem p = r.problems().get(0);
            assertEquals(second, p.file());
            assertTrue(p.message().startsWith("task 'report' is already defined by " + first), p.message());
            f.run("report");
            assertEquals("a", f.harness.records("report").get(1).message());

            f.delete("a.task");
            r = f.sync();
            assertEquals(List.of("report"), r.removed());
            assertEquals(List.of("report"), r.added(), "the waiting file gets the name once it is free");
            assertEquals(second, f.loader.origins().get("report"));
            assertEquals(List.of(), f.loader.problems());
        }
    }

    @Test
    void a_name_taken_by_a_task_added_in_code_is_refused() {
        try (Fixture f = new Fixture(dir)) {
            f.session().add(dev.kairos.task.TaskDefinition.builder("mine").command("true").build());
            f.write("mine.task", "command = echo\n");
            assertTrue(f.sync().problems().get(0).message().contains("added there by code"));
        }
    }

    @Test
    void a_file_saved_in_two_writes_keeps_the_old_version_until_it_is_whole() {
        try (Fixture f = new Fixture(dir)) {
            f.write("job.task", "start = every 1 hour\ncommand = echo\nargs = old\n");
            f.sync();
            // The editor truncates the file, then writes it in two chunks; a sync catches each state.
            f.write("job.task", "");
            SyncResult empty = f.sync();
            f.write("job.task", "start = every 2 hours\ncomm");
            SyncResult half = f.sync();
            assertTrue(empty.problems().get(0).message().contains("still being written"));
            assertTrue(half.problems().get(0).message().contains("unknown key 'comm'; did you mean 'command'?"));
            assertEquals("every 1 hour", f.session().task("job").orElseThrow().start(), "the old version stays");
            assertEquals("old", lastMessage(f, "job"));

            f.write("job.task", "start = every 2 hours\ncommand = echo\nargs = new\n");
            SyncResult whole = f.sync();
            assertEquals(List.of("job"), whole.replaced());
            assertEquals("every 2 hours", f.session().task("job").orElseThrow().start());
            assertEquals("new", lastMessage(f, "job"));
            assertEquals(List.of(), f.loader.problems());
        }
    }

    @Test
    void a_file_that_stops_defining_a_task_removes_just_that_one() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Two.java", """
                    import dev.kairos.task.Task;
                    public class Two {
                        @Task public void one() { }
                        @Task public void two() { }
                    }
                    """);
            f.sync();
            f.write("Two.java", "import dev.kairos.task.Task;\npublic class Two {\n    @Task public void one() { }\n}\n");
            SyncResult r = f.sync();
            assertEquals(List.of("one"), r.replaced());
            assertEquals(List.of("two"), r.removed());
        }
    }

    @Test
    void a_task_may_name_a_task_of_another_file_loaded_in_the_same_sync() {
        try (Fixture f = new Fixture(dir)) {
            f.write("a.task", "start = after task 'z' succeeded\ncommand = true\n");
            f.write("z.task", "command = true\n");
            SyncResult r = f.sync();
            assertEquals(List.of(), r.problems());
            assertEquals(Set.of("a", "z"), Set.copyOf(r.added()));
        }
    }

    private static String lastMessage(Fixture f, String task) {
        f.run(task);
        List<LogRecord> records = f.harness.records(task);
        return records.get(records.size() - 1).message();
    }
}
