package dev.kairos.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kairos.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
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

    @Test
    void a_file_in_a_subdirectory_others_can_write_to_is_left_out_and_the_subdirectorys_tasks_are_kept()
            throws Exception {
        try (Fixture f = new Fixture(dir)) {
            f.write("sub/kept.task", "command = true\n");
            f.write("top.task", "command = true\n");
            assertEquals(List.of("kept", "top"), f.sync().added().stream().sorted().toList());
            Path sub = dir.resolve("sub");
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxrwxrwx"));
            f.write("sub/planted.task", "command = id\n");
            SyncResult r = f.sync();
            assertEquals(List.of(), r.added());
            assertEquals(List.of(), r.removed(), "what the subdirectory had keeps running");
            assertEquals(sub, r.problems().get(0).file());
            assertTrue(r.problems().get(0).message().startsWith("the directory " + sub + " is writable by other users"
                    + " (rwxrwxrwx)"), r.problems().get(0).message());
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertEquals(List.of("planted"), f.sync().added(), "once only its user can write there");
        }
    }

    @Test
    void a_file_or_directory_owned_by_another_user_is_left_out() throws Exception {
        assumeTrue(isRoot(), "only root can give a file to another user");
        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        try (Fixture f = new Fixture(dir)) {
            Path planted = f.write("planted.task", "command = id\n");
            Files.setOwner(planted, nobody);
            Path theirs = f.write("theirs/a.task", "command = id\n");
            Files.setOwner(theirs.getParent(), nobody);
            f.write("own.task", "command = true\n");
            SyncResult r = f.sync();
            assertEquals(List.of("own"), r.added());
            assertEquals(List.of(planted, theirs.getParent()), r.problems().stream().map(LoadProblem::file).sorted()
                    .toList(), r.toString());
            assertTrue(r.problems().stream().allMatch(p -> p.message().contains(" is owned by nobody, not by this"
                    + " session's user or root") && p.message().contains("chown")), r.toString());
        }
        Files.setOwner(dir, nobody);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectoryLoader.builder(Session.builder().build(), dir).build());
        assertTrue(e.getMessage().startsWith("the task directory " + dir + " is owned by nobody"), e.getMessage());
    }

    private static boolean isRoot() throws java.io.IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
