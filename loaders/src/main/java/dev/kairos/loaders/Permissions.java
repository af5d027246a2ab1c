package dev.kairos.loaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Decides who may put code into the session, as sshd's StrictModes does: a task file, and every
 * directory from the filesystem root down to it, must be owned by the session's user or by root
 * and not be writable by group or others; whoever can write there can run code with the session's
 * permissions. The directories above the task directory may be sticky and writable by all, as
 * {@code /tmp} is. Only on file systems with POSIX permissions; elsewhere nothing is checked.
 */
final class Permissions {
    private static final int STICKY = 01000;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;
    private static final int ROOT = 0;

    private final boolean allowOthers;
    private final Integer self;

    Permissions(boolean allowOthers) {
        this.allowOthers = allowOthers;
        this.self = ownUid();
    }

    static boolean supported(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    /** Why the directory (or an ancestor) is refused, or null. */
    String directoryProblem(Path directory) throws IOException {
        if (allowOthers || !supported(directory)) {
            return null;
        }
        Path real = directory.toRealPath();
        String own = problem(real, false);
        if (own != null) {
            return refusal("the task directory " + directory, own, directory);
        }
        for (Path p = real.getParent(); p != null; p = p.getParent()) {
            String parent = problem(p, true);
            if (parent != null) {
                return refusal("the task directory's parent " + p, parent, p);
            }
        }
        return null;
    }

    /** Why a task file or a directory inside the task directory is refused, or null. */
    String problem(Path path) throws IOException {
        if (allowOthers || !supported(path)) {
            return null;
        }
        String why = problem(path, false);
        return why == null ? null : refusal(Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "the directory "
                + path : "the file", why, path);
    }

    /** What is wrong with one path's owner or mode (a sticky directory is fine if {@code stickyOk}), or null. */
    private String problem(Path path, boolean stickyOk) throws IOException {
        if (self != null) {
            Object uid = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (uid instanceof Integer u && u != ROOT && !u.equals(self)) {
                return "owned by " + Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName() + ", not by this"
                        + " session's user or root";
            }
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (!perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            return null;
        }
        if (stickyOk && sticky(path)) {
            return null;
        }
        return "writable by other users (" + PosixFilePermissions.toString(perms) + ")";
    }

    private static boolean sticky(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer m && (m & STICKY) != 0 && (m & GROUP_OR_OTHERS_WRITE) != 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no way to know: treat as not sticky
        }
    }

    /** The user id this JVM runs as, from what {@code /proc/self} says, or null where that cannot be told. */
    private static Integer ownUid() {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:uid") instanceof Integer u ? u : null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String refusal(String what, String why, Path path) {
        String fix = why.startsWith("owned by") ? "'chown' it to this session's user" : "'chmod go-w " + path + "'";
        return what + " is " + why + ": anyone who can write there can run code with this session's permissions."
                + " Run " + fix + ", or allow it with DirectoryLoaderBuilder.allowWritableByOthers(true)";
    }
}
