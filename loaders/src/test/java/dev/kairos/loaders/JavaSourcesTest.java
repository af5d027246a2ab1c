package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourcesTest {
    @TempDir
    Path dir;

    @Test
    void a_java_source_is_compiled_in_memory_and_its_tasks_run() {
        try (Fixture f = new Fixture(dir)) {
            Path file = f.write("Hello.java", Fixture.javaTask("Hello", "@Task(name = \"hello\")",
                    "Probe.call(\"hello v1\");"));
            SyncResult r = f.sync();
            assertEquals(List.of("hello"), r.added(), r.problems().toString());
            assertEquals(Map.of("hello", file), f.loader.origins());
            assertEquals(List.of("run", "success"), f.run("hello"));
            assertEquals(List.of("hello v1"), Probe.calls());
        }
    }

    @Test
    void an_edited_source_replaces_its_tasks_and_the_old_class_is_no_longer_used() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Hello.java", Fixture.javaTask("Hello", "@Task(name = \"hello\")", "Probe.call(\"v1\");"));
            f.sync();
            Object oldBody = f.session().task("hello").orElseThrow().body();
            f.write("Hello.java", Fixture.javaTask("Hello", "@Task(name = \"hello\", priority = 5)",
                    "Probe.call(\"v2, edited\");"));
            SyncResult r = f.sync();
            assertEquals(List.of("hello"), r.replaced());
            assertEquals(5, f.session().task("hello").orElseThrow().priority());
            assertNotSame(oldBody, f.session().task("hello").orElseThrow().body());
            f.run("hello");
            assertEquals(List.of("v2, edited"), Probe.calls(), "only the new class runs");
        }
    }

    @Test
    void parameters_are_injected_by_name_because_sources_are_compiled_with_parameters() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Greet.java", """
                    import dev.kairos.task.Task;
                    import dev.kairos.param.Parameter;
                    import dev.kairos.loaders.Probe;
                    public class Greet {
                        @Parameter
                        public String who() { return "world"; }
                        @Task
                        public void greet(String who) { Probe.call("hello " + who); }
                    }
                    """);
            assertEquals(List.of("greet"), f.sync().added());
            assertEquals(List.of("run", "success"), f.run("greet"));
            assertEquals(List.of("hello world"), Probe.calls(), "the @Parameter supplier became a session parameter");
        }
    }

    @Test
    void a_compile_error_keeps_the_previous_version_and_names_file_line_and_column() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Hello.java", Fixture.javaTask("Hello", "@Task(name = \"hello\")", "Probe.call(\"v1\");"));
            f.sync();
            Path file = f.write("Hello.java", Fixture.javaTask("Hello", "@Task(name = \"hello\")",
                    "Probe.cal(\"v2\");"));
            SyncResult r = f.sync();
            assertFalse(r.changedTasks());
            LoadProblem p = r.problems().get(0);
            assertEquals(file, p.file());
            assertEquals(7, p.line());
            assertEquals(14, p.column());
            assertTrue(p.message().contains("cannot find symbol"), p.message());
            assertTrue(p.toString().startsWith(file + ":7:14: "), p.toString());
            assertEquals(List.of(p), f.loader.problems());
            f.run("hello");
            assertEquals(List.of("v1"), Probe.calls(), "the previous version still runs");

            f.write("Hello.java", Fixture.javaTask("Hello", "@Task(name = \"hello\")", "Probe.call(\"v3\");"));
            assertEquals(List.of("hello"), f.sync().replaced());
            assertEquals(List.of(), f.loader.problems(), "fixed: the problem is gone");
        }
    }

    @Test
    void a_broken_file_does_not_hold_back_the_others_of_the_same_batch() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Good.java", Fixture.javaTask("Good", "@Task", "Probe.call(\"good\");"));
            f.write("Bad.java", Fixture.javaTask("Bad", "@Task", "nonsense;"));
            SyncResult r = f.sync();
            assertEquals(List.of("good"), r.added());
            assertEquals(dir.resolve("Bad.java"), r.problems().get(0).file());
        }
    }

    @Test
    void sources_that_use_each_other_compile_together_and_a_changed_helper_reaches_its_users() {
        try (Fixture f = new Fixture(dir)) {
            f.write("jobs/Helper.java", "package jobs;\npublic class Helper {\n"
                    + "    public static String word() { return \"one\"; }\n}\n");
            f.write("jobs/User.java", """
                    package jobs;
                    import dev.kairos.task.Task;
                    import dev.kairos.loaders.Probe;
                    public class User {
                        @Task
                        public void use() { Probe.call(Helper.word()); }
                    }
                    """);
            assertEquals(List.of("use"), f.sync().added());
            f.run("use");
            f.write("jobs/Helper.java", "package jobs;\npublic class Helper {\n"
                    + "    public static String word() { return \"two\"; }\n}\n");
            assertEquals(List.of("use"), f.sync().replaced(), "User depends on Helper: recompiled with it");
            f.run("use");
            assertEquals(List.of("one", "two"), Probe.calls());
        }
    }

    @Test
    void an_unrelated_file_is_not_recompiled_when_another_changes() {
        try (Fixture f = new Fixture(dir)) {
            f.write("A.java", Fixture.javaTask("A", "@Task", "Probe.call(\"a\");"));
            f.write("B.java", Fixture.javaTask("B", "@Task", "Probe.call(\"b\");"));
            f.sync();
            Object a = f.session().task("a").orElseThrow().body();
            f.write("B.java", Fixture.javaTask("B", "@Task", "Probe.call(\"b2\");"));
            SyncResult r = f.sync();
            assertEquals(List.of("b"), r.replaced());
            assertEquals(1, r.filesRead());
            assertTrue(a == f.session().task("a").orElseThrow().body(), "A's task is untouched");
        }
    }

    @Test
    void a_bad_condition_in_an_annotation_points_at_it_in_the_source() {
        try (Fixture f = new Fixture(dir)) {
            Path file = f.write("Late.java", Fixture.javaTask("Late", "@Task(start = \"daily aftr 08:00\")",
                    "Probe.call(\"late\");"));
            LoadProblem p = f.sync().problems().get(0);
            assertEquals(file, p.file());
            assertEquals(5, p.line());
            assertEquals(26, p.column(), p.toString());
            assertTrue(p.message().contains("did you mean 'after'?"), p.message());
            assertTrue(p.message().contains("\n  ") && p.message().endsWith("^^^^"), p.message());
        }
    }
}
