package dev.kairos.run;

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

class ShippedClassLoaderTest {
    @TempDir
    Path dir;

    /** The class file of a class named like one of this test JVM's, but saying something else. */
    private byte[] shadowOfRunBook() throws Exception {
        Path src = Files.createDirectories(dir.resolve("dev/kairos/run")).resolve("RunBook.java");
        Files.writeString(src, "package dev.kairos.run; public class RunBook { public String toString() { return \"shipped\"; } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, src.toString()));
        return Files.readAllBytes(src.resolveSibling("RunBook.class"));
    }

    @Test
    void shipped_classes_come_before_the_class_path_and_the_rest_from_it() throws Exception {
        ClassLoader parent = getClass().getClassLoader();
        ShippedClassLoader loader = new ShippedClassLoader(parent, Map.of("dev.kairos.run.RunBook", shadowOfRunBook()),
                Map.of("notes/a.txt", "from the session".getBytes(StandardCharsets.UTF_8)));
        Class<?> shipped = Class.forName("dev.kairos.run.RunBook", true, loader);
        assertNotSame(RunBook.class, shipped);
        assertEquals("shipped", shipped.getConstructor().newInstance().toString());
        assertSame(Inbox.class, Class.forName("dev.kairos.run.Inbox", false, loader));
        try (var in = loader.getResourceAsStream("notes/a.txt")) {
            assertEquals("from the session", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(null, loader.getResourceAsStream("notes/none.txt"));
    }
}
