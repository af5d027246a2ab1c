package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.log.LogRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks whose classes the loader made run in a child JVM (real ones), which gets those classes sent. */
class ProcessTasksTest {
    @TempDir
    Path dir;

    private static LogRecord last(Fixture f, String task) {
        List<LogRecord> records = f.harness.records(task);
        return records.get(records.size() - 1);
    }

    @Test
    void a_compiled_task_runs_in_a_child_with_the_classes_of_the_other_files() {
        try (Fixture f = new Fixture(dir)) {
            f.write("Greeting.java", "public class Greeting {\n    static String of(String who) { return \"hello \" + who; }\n}\n");
            f.write("Remote.java", """
                    import dev.kairos.task.*;
                    public class Remote {
                        @Task(execution = Execution.PROCESS)
                        public void remote(TaskContext ctx) {
                            ctx.message(Greeting.of("from " + ProcessHandle.current().pid()));
                        }
                    }
                    """);
            assertEquals(List.of(), f.sync().problems());
            assertEquals(List.of("run", "success"), f.run("remote"));
            String message = last(f, "remote").message();
            assertTrue(message.startsWith("hello from "), message);
            assertTrue(!message.equals("hello from " + ProcessHandle.current().pid()), "ran in another JVM: " + message);

            f.write("Greeting.java", "public class Greeting {\n    static String of(String who) { return \"hi \" + who; }\n}\n");
            assertEquals(List.of(), f.sync().problems());
            f.run("remote");
            assertTrue(last(f, "remote").message().startsWith("hi from "), "an edit reaches the child too");
        }
    }

    @Test
    void a_task_of_a_jar_in_the_directory_runs_in_a_child_with_its_resources() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            Files.createDirectories(dir.resolve("lib"));
            Files.write(dir.resolve("lib/packed.jar"), Jars.of("""
                    import dev.kairos.task.*;
                    public class Packed {
                        @Task(execution = Execution.PROCESS)
                        public String packed(TaskContext ctx) throws Exception {
                            try (var in = Packed.class.getClassLoader().getResourceAsStream("packed/words.txt")) {
                                ctx.message(new String(in.readAllBytes()).strip());
                            }
                            return "done";
                        }
                    }
                    """, Map.of("packed/words.txt", "from the jar\n")));
            assertEquals(List.of(), f.sync().problems());
            assertEquals(List.of("run", "success"), f.run("packed"));
            assertEquals("from the jar", last(f, "packed").message());
        }
    }
}
