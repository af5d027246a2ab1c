package dev.kairos.internal.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With real JVMs: the first child makes the archive, the next one loads its class from it. */
class ChildClassArchiveTest {
    @TempDir
    Path dir;

    private Path helloJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src")).resolve("Hello.java");
        Files.writeString(src, "public class Hello { public static void main(String[] a) { System.out.println(\"hi\"); } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, src.toString()));
        Path jar = dir.resolve("hello.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(src.resolveSibling("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }

    private static String java(List<String> options, String classPath) throws Exception {
        return java(options, classPath, null, 0);
    }

    /** Runs {@code Hello}; {@code toolOptions} goes into JAVA_TOOL_OPTIONS (null: unset). */
    private static String java(List<String> options, String classPath, String toolOptions, int expectedExit)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, "Hello"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (toolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.waitFor(), out);
        return out;
    }

    /** An archive in {@code child/}, for a JVM that shares classes (the archive needs its base archive). */
    private ChildClassArchive sharingArchive(String classPath) throws IOException {
        assumeTrue(System.getProperty("java.vm.info", "").contains("sharing"), "this JVM shares no classes itself");
        return new ChildClassArchive(Files.createDirectories(archives()), classPath);
    }

    private Path archives() {
        return dir.resolve("child");
    }

    @Test
    void the_first_child_makes_the_archive_and_the_next_ones_map_it() throws Exception {
        String classPath = helloJar().toString();
        ChildClassArchive archive = sharingArchive(classPath);

        List<String> first = archive.optionsFor(List.of("-Xshare:auto"));
        assertTrue(first.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), first.toString());
        assertEquals(List.of(), archive.optionsFor(List.of()), "while it is being made, others do without");
        assertEquals("hi\n", java(first, classPath), "making it prints nothing more");
        archive.exited(first, 0);
        assertTrue(Files.size(archives().resolve("classes.jsa")) > 0);

        List<String> next = archive.optionsFor(List.of("-Xshare:auto"));
        assertTrue(next.contains("-XX:SharedArchiveFile=" + archives().resolve("classes.jsa")), next.toString());
        List<String> traced = new ArrayList<>(next);
        traced.add("-Xlog:class+load=info:stdout");
        String out = java(traced, classPath);
        assertTrue(out.lines().anyMatch(l -> l.contains("Hello source: shared objects file")), out);
        assertEquals("hi\n", java(next, classPath), "a fitting archive is used silently");
        assertEquals("hi\n", java(next, classPath + File.pathSeparator + dir.resolve("missing.jar")),
                "one that does not fit is not used, silently");
    }

    @Test
    void a_jvm_without_a_base_archive_refuses_to_start_and_the_archive_is_given_up() throws Exception {
        String classPath = helloJar().toString();
        ChildClassArchive archive = sharingArchive(classPath);
        List<String> first = archive.optionsFor(List.of());
        String out = java(first, classPath, "-Xshare:off", 1); // sharing turned off from the environment
        List<String> lines = out.lines().toList();
        archive.exited(first, 1);
        assertTrue(archive.refusedAtStart(first, 1, lines, List.of()), out);
        assertEquals(List.of(), archive.optionsFor(List.of()), "given up: the child starts again without it");
        assertTrue(java(List.of(), classPath, "-Xshare:off", 0).endsWith("hi\n"));
        assertFalse(archive.refusedAtStart(List.of(), 1, lines, List.of()), "only a child that was making it");
        assertFalse(archive.refusedAtStart(first, 3, List.of("task failed"), List.of()), "only a JVM that did not start");
    }

    @Test
    void a_child_that_fails_while_making_it_leaves_no_archive_and_none_is_tried_again() throws Exception {
        ChildClassArchive archive = sharingArchive(helloJar().toString());
        Path archives = archives();
        List<String> first = archive.optionsFor(List.of());
        try (OutputStream part = Files.newOutputStream(archives.resolve("classes.jsa.part"))) {
            part.write(1); // half made when the child was killed
        }
        archive.exited(first, 137);
        assertFalse(Files.exists(archives.resolve("classes.jsa.part")));
        assertFalse(Files.exists(archives.resolve("classes.jsa")));
        assertEquals(List.of(), archive.optionsFor(List.of()));
    }

    @Test
    void options_that_speak_of_sharing_are_left_alone() throws Exception {
        ChildClassArchive archive = sharingArchive(helloJar().toString());
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/y.jsa",
                "-XX:-UseSharedSpaces", "-Xlog:cds=info")) {
            assertEquals(List.of(), archive.optionsFor(List.of("-Xmx64m", option)), option);
        }
        assertFalse(archive.optionsFor(List.of("-Xshare:auto", "-Xmx64m")).isEmpty());
    }

    @Test
    void only_a_class_path_of_jars_and_empty_directories_can_be_archived() throws Exception {
        Path jar = helloJar();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String sep = File.pathSeparator;
        assertTrue(ChildClassArchive.archivable(jar.toString()));
        assertTrue(ChildClassArchive.archivable(jar + sep + empty));
        assertFalse(ChildClassArchive.archivable(jar + sep + dir.resolve("src")), "a directory with classes");
        assertFalse(ChildClassArchive.archivable(""));
        assertFalse(ChildClassArchive.archivable(null));
        assertEquals(List.of(), new ChildClassArchive(dir, dir.resolve("src").toString()).optionsFor(List.of()));
    }
}
