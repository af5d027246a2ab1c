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
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With real JVMs: the first child makes the archive, the next one loads its class from it, and so
 * does the first child of a later session with the same classes.
 */
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
        assertTrue(Files.size(archive.file()) > 0);
        assertTrue(archive.file().getFileName().toString().matches("classes-[0-9a-f]{32}\\.jsa"), archive.file().toString());

        List<String> next = archive.optionsFor(List.of("-Xshare:auto"));
        assertTrue(next.contains("-XX:SharedArchiveFile=" + archive.file()), next.toString());
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
        List<String> first = archive.optionsFor(List.of());
        Path part = making(first);
        try (OutputStream out = Files.newOutputStream(part)) {
            out.write(1); // half made when the child was killed
        }
        archive.exited(first, 137);
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(archive.file()));
        assertEquals(List.of(), archive.optionsFor(List.of()));
    }

    @Test
    void the_first_child_of_a_later_session_maps_the_archive_an_earlier_one_made() throws Exception {
        String classPath = helloJar().toString();
        ChildClassArchive earlier = sharingArchive(classPath);
        List<String> first = earlier.optionsFor(List.of());
        java(first, classPath);
        earlier.exited(first, 0);

        ChildClassArchive later = new ChildClassArchive(archives(), classPath);
        List<String> options = later.optionsFor(List.of());
        assertTrue(options.contains("-XX:SharedArchiveFile=" + earlier.file()), options.toString());
        List<String> traced = new ArrayList<>(options);
        traced.add("-Xlog:class+load=info:stdout");
        assertTrue(java(traced, classPath).lines().anyMatch(l -> l.contains("Hello source: shared objects file")));
    }

    @Test
    void classes_that_changed_get_an_archive_of_their_own() throws Exception {
        Path jar = helloJar();
        ChildClassArchive before = sharingArchive(jar.toString());
        List<String> first = before.optionsFor(List.of());
        java(first, jar.toString());
        before.exited(first, 0);

        try (OutputStream out = Files.newOutputStream(jar, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(new byte[] {0}); // other bytes, same path
        }
        ChildClassArchive after = new ChildClassArchive(archives(), jar.toString());
        assertFalse(after.file().equals(before.file()));
        assertTrue(making(after.optionsFor(List.of())).toString().endsWith(".part"), "made anew");
    }

    @Test
    void a_jar_rebuilt_with_the_same_bytes_gets_an_archive_the_jvm_maps() throws Exception {
        Path jar = helloJar();
        String classPath = jar.toString();
        ChildClassArchive before = sharingArchive(classPath);
        List<String> first = before.optionsFor(List.of());
        java(first, classPath);
        before.exited(first, 0);

        // The JVM refuses an archive whose jar has another modification time, even with the same bytes.
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minusSeconds(60)));
        ChildClassArchive rebuilt = new ChildClassArchive(archives(), classPath);
        assertFalse(rebuilt.file().equals(before.file()));
        List<String> making = rebuilt.optionsFor(List.of());
        java(making, classPath);
        rebuilt.exited(making, 0);

        List<String> traced = new ArrayList<>(new ChildClassArchive(archives(), classPath).optionsFor(List.of()));
        traced.add("-Xlog:class+load=info:stdout");
        String out = java(traced, classPath);
        assertTrue(out.lines().anyMatch(l -> l.contains("Hello source: shared objects file")), out);
    }

    @Test
    void two_sessions_that_make_it_at_once_leave_one_archive_and_no_part() throws Exception {
        String classPath = helloJar().toString();
        ChildClassArchive a = sharingArchive(classPath);
        ChildClassArchive b = new ChildClassArchive(archives(), classPath);
        List<String> fromA = a.optionsFor(List.of());
        List<String> fromB = b.optionsFor(List.of());
        assertFalse(making(fromA).equals(making(fromB)), "each writes a file of its own");
        java(fromA, classPath);
        java(fromB, classPath);
        a.exited(fromA, 0);
        b.exited(fromB, 0);
        try (var files = Files.list(archives())) {
            assertEquals(List.of(a.file()), files.toList());
        }
        assertTrue(b.optionsFor(List.of()).contains("-XX:SharedArchiveFile=" + a.file()));
    }

    /** The file a child started with these options makes its archive in. */
    private static Path making(List<String> options) {
        String prefix = "-XX:ArchiveClassesAtExit=";
        return Path.of(options.stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow()
                .substring(prefix.length()));
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
