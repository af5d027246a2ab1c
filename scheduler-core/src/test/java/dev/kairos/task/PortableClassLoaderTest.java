package dev.kairos.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableClassLoaderTest {
    @TempDir
    Path dir;

    /** The class file of a class named like one of this test JVM's, but saying something else. */
    private byte[] shadowOfTaskChecks() throws Exception {
        Path src = Files.createDirectories(dir.resolve("dev/kairos/task")).resolve("TaskChecks.java");
        Files.writeString(src, "package dev.kairos.task; public class TaskChecks { public String toString() { return \"shipped\"; } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, src.toString()));
        return Files.readAllBytes(src.resolveSibling("TaskChecks.class"));
    }

    private PortableClassLoader loader(boolean ownFirst) throws Exception {
        return new PortableClassLoader("test", getClass().getClassLoader(),
                Map.of("dev.kairos.task.TaskChecks", shadowOfTaskChecks()),
                Map.of("notes/a.txt", "from the session".getBytes(StandardCharsets.UTF_8)), ownFirst);
    }

    @Test
    void shipped_classes_come_before_the_class_path_and_the_rest_from_it() throws Exception {
        PortableClassLoader loader = loader(true);
        Class<?> shipped = Class.forName("dev.kairos.task.TaskChecks", true, loader);
        assertNotSame(TaskChecks.class, shipped);
        assertEquals("shipped", shipped.getConstructor().newInstance().toString());
        assertSame(TaskBody.class, Class.forName("dev.kairos.task.TaskBody", false, loader));
        try (var in = loader.getResourceAsStream("notes/a.txt")) {
            assertEquals("from the session", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(null, loader.getResourceAsStream("notes/none.txt"));
    }

    @Test
    void a_loader_whose_own_classes_come_last_takes_the_parents_first() throws Exception {
        PortableClassLoader loader = loader(false);
        assertSame(TaskChecks.class, Class.forName("dev.kairos.task.TaskChecks", false, loader));
        try (var in = loader.getResourceAsStream("dev/kairos/task/TaskChecks.class")) {
            assertEquals(shadowOfTaskChecks().length, in.readAllBytes().length, "its own class file, as a resource");
        }
        assertEquals(Map.of("dev.kairos.task.TaskChecks", shadowOfTaskChecks().length),
                Map.of("dev.kairos.task.TaskChecks", loader.classFiles().get("dev.kairos.task.TaskChecks").length));
    }
}
