package dev.kairos.internal.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where archives are kept between sessions, and the key that tells whose classes they hold. */
class ChildArchivesTest {
    @TempDir
    Path dir;

    /** The build's own cache, which the other tests of this JVM go on using. */
    private final String buildCache = System.getProperty("kairos.cacheDir");

    @AfterEach
    void putBackTheCache() {
        if (buildCache == null) {
            System.clearProperty("kairos.cacheDir");
        } else {
            System.setProperty("kairos.cacheDir", buildCache);
        }
    }

    private Path fallback() throws Exception {
        return Files.createDirectories(dir.resolve("session"));
    }

    @Test
    void archives_are_kept_in_a_directory_of_the_cache_only_this_user_may_write() throws Exception {
        Path cache = dir.resolve("cache");
        System.setProperty("kairos.cacheDir", cache.toString());
        Path archives = ChildArchives.directory(fallback());
        assertEquals(cache.resolve("child-classes"), archives);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archives)));
        assertEquals(archives, ChildArchives.directory(fallback()), "found again by the next session");
    }

    @Test
    void a_cache_others_may_write_is_not_used() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        System.setProperty("kairos.cacheDir", cache.toString());
        assertEquals(fallback(), ChildArchives.directory(fallback()), "someone could plant class data there");

        Path archives = Files.createDirectories(dir.resolve("own").resolve("child-classes"));
        Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwxrwx---"));
        System.setProperty("kairos.cacheDir", archives.getParent().toString());
        assertEquals(fallback(), ChildArchives.directory(fallback()), "the group may write to it");
    }

    @Test
    void a_linked_archive_directory_is_not_used() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.createSymbolicLink(cache.resolve("child-classes"), elsewhere);
        System.setProperty("kairos.cacheDir", cache.toString());
        assertEquals(fallback(), ChildArchives.directory(fallback()));
    }

    @Test
    void a_cache_that_cannot_be_made_leaves_the_archive_in_the_sessions_directory() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        System.setProperty("kairos.cacheDir", file.toString());
        assertEquals(fallback(), ChildArchives.directory(fallback()));
    }

    @Test
    void the_key_changes_with_what_the_jvm_checks_of_a_jar_its_size_and_time() throws Exception {
        Path jar = Files.write(dir.resolve("a.jar"), new byte[] {1, 2, 3});
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String classPath = jar + File.pathSeparator + empty;
        String key = ChildArchives.key(classPath);
        assertTrue(key.matches("[0-9a-f]{32}"), key);

        assertEquals(key, ChildArchives.key(classPath), "the same files");
        FileTime time = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, FileTime.from(time.toInstant().minusSeconds(60)));
        String touched = ChildArchives.key(classPath);
        assertNotEquals(key, touched, "same bytes, another time: the JVM refuses the archive");
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.from(time.toInstant().minusSeconds(60)));
        assertNotEquals(touched, ChildArchives.key(classPath), "same time, another size");
        assertNotEquals(ChildArchives.key(classPath), ChildArchives.key(jar.toString()), "another class path");
    }

    @Test
    void a_class_path_that_cannot_be_archived_leaves_the_cache_untouched() throws Exception {
        Path cache = dir.resolve("cache");
        System.setProperty("kairos.cacheDir", cache.toString());
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "not empty");
        ChildClassArchive archive = ChildClassArchive.inUserCache(fallback(), classes.toString());
        assertEquals(java.util.List.of(), archive.optionsFor(java.util.List.of()));
        assertFalse(Files.exists(cache), "no directory made in the user's cache");
    }
}
