package dev.kairos.internal.child;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Where children's class-data archives are kept between sessions, and under which name: a directory
 * of the user's cache ({@code kairos.cacheDir}, else {@code $XDG_CACHE_HOME/kairos}, else
 * {@code ~/.cache/kairos}, then {@code child-classes}), and a key made of the JVM and of each class
 * path entry's path, size and modification time, so that a session finds the archive an earlier one
 * made for the same classes, and never one made for others. Size and time are what the JVM itself
 * checks before it maps an archive: a digest of the bytes would find archives the JVM then refuses
 * (a jar rebuilt with the same bytes), and reading every jar would cost the first child tens of
 * milliseconds. An archive is class data a JVM maps as its own: the
 * directory is used only if it is this user's and no one else may write to it, as sshd asks of a
 * home directory; otherwise the session keeps its archive in its own temporary directory.
 */
final class ChildArchives {
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    private ChildArchives() {
    }

    /** The directory of the archives: the user's cache if it can be trusted, else {@code fallback}. */
    static Path directory(Path fallback) {
        Path root = cacheRoot();
        if (root == null) {
            return fallback;
        }
        Path dir = root.resolve("child-classes");
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return trusted(dir) && trusted(dir.getParent()) ? dir : fallback;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fallback; // a read-only home, or no POSIX permissions: the session's own directory
        }
    }

    /** Whether {@code path} is this user's (not a link) and no one else may write to it. */
    static boolean trusted(Path path) {
        try {
            return !Files.isSymbolicLink(path)
                    && Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                    && Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).stream().noneMatch(OTHERS_WRITE::contains);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * The key of an archive for {@code classPath} in this JVM: a digest of the JVM's home and
     * version and, for each entry, its path, size and modification time (a directory counts as
     * empty, the only kind the JVM archives).
     */
    static String key(String classPath) throws IOException {
        MessageDigest digest = sha256();
        for (String p : new String[] {"java.home", "java.vm.version", "java.vm.name"}) {
            update(digest, System.getProperty(p, ""));
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry.isEmpty() ? "." : entry).toAbsolutePath();
            update(digest, p.toString());
            update(digest, Files.isRegularFile(p)
                    ? Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis() : "-");
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static Path cacheRoot() {
        String explicit = System.getProperty("kairos.cacheDir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "kairos");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "kairos");
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
