package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Permissions.supported(dir), "the file system has no POSIX permissions");
    }

    @Test
    void a_directory_others_can_write_to_is_refused() throws Exception {
        for (String mode : List.of("rwxrwxr-x", "rwxr-xrwx")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DirectoryLoader.builder(Session.builder().build(), dir).build());
            assertTrue(e.getMessage().startsWith("the task directory " + dir + " is writable by other users ("
                    + mode + ")"), e.getMessage());
            assertTrue(e.getMessage().contains("chmod go-w") && e.getMessage().contains("allowWritableByOthers"));
        }
    }

    @Test
    void a_directory_others_can_write_to_is_loaded_when_allowed() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (Fixture f = new Fixture(dir, b -> b.allowWritableByOthers(true))) {
            f.write("a.task", "command = true\n");
            assertEquals(List.of("a"), f.sync().added());
        }
    }

    @Test
    void a_directory_that_becomes_writable_by_others_stops_loading_and_keeps_its_tasks() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            f.write("a.task", "command = true\n");
            f.sync();
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            f.delete("a.task");
            SyncResult r = f.sync();
            assertTrue(r.problems().get(0).message().contains("Nothing is loaded or removed"), r.toString());
            assertEquals(List.of(), r.removed());
            assertTrue(f.session().taskNames().contains("a"));
        }
    }

    @Test
    void a_task_file_others_can_write_to_is_refused() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            Path file = f.write("a.task", "command = true\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
            SyncResult r = f.sync();
            assertEquals(file, r.problems().get(0).file());
            assertTrue(r.problems().get(0).message().startsWith("the file is writable by other users"));
            assertEquals(List.of(), r.added());
        }
    }
}
