package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarTasksTest {
    @TempDir
    Path dir;

    private static String source(String version) {
        return """
                import dev.kairos.task.Task;
                import dev.kairos.loaders.Probe;
                public class Packed {
                    @Task
                    public void packed() throws Exception {
                        try (var in = getClass().getClassLoader().getResourceAsStream("version.txt")) {
                            Probe.call(new String(in.readAllBytes()) + " from " + getClass().getClassLoader().getName());
                        }
                    }
                }
                """.replace("version.txt", version);
    }

    @Test
    void a_jar_is_loaded_in_a_class_loader_of_its_own_with_its_resources() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            Files.write(dir.resolve("jobs.jar"), Jars.of(source("v.txt"), Map.of("v.txt", "one")));
            assertEquals(List.of("packed"), f.sync().added());
            Object first = f.session().task("packed").orElseThrow().body();
            f.run("packed");
            Files.write(dir.resolve("jobs.jar"), Jars.of(source("w.txt"), Map.of("w.txt", "two")));
            assertEquals(List.of("packed"), f.sync().replaced());
            assertNotSame(first, f.session().task("packed").orElseThrow().body());
            f.run("packed");
            assertEquals(List.of("one from kairos-jar-jobs.jar", "two from kairos-jar-jobs.jar"), Probe.calls());
        }
    }

    @Test
    void a_truncated_jar_keeps_the_previous_version() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            byte[] jar = Jars.of(source("v.txt"), Map.of("v.txt", "one"));
            Files.write(dir.resolve("jobs.jar"), jar);
            f.sync();
            Files.write(dir.resolve("jobs.jar"), Arrays.copyOf(jar, jar.length / 2));
            SyncResult r = f.sync();
            assertTrue(r.problems().get(0).message().contains("incomplete"), r.problems().toString());
            assertEquals(List.of("run", "success"), f.run("packed"));
        }
    }
}
