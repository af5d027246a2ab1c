package dev.kairos.loaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Refuses task files and directories that users other than the owner can write to: whoever can
 * write there can run code with the session's permissions. Ancestors of the directory count too
 * (who can write to a parent can replace the directory), except sticky ones such as {@code /tmp}.
 * Only on file systems with POSIX permissions; elsewhere nothing is checked.
 */
final class Permissions {
    private static final int STICKY = 01000;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;

    private final boolean allowOthers;

    Permissions(boolean allowOthers) {
        this.allowOthers = allowOthers;
    }

    static boolean supported(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    /** Why the directory (or an ancestor) is refused, or null. */
    String directoryProblem(Path directory) throws IOException {
        if (allowOthers || !supported(directory)) {
            return null;
        }
        String own = writableByOthers(directory, false);
        if (own != null) {
            return refusal("the task directory " + directory, own, directory);
        }
        for (Path p = directory.toRealPath().getParent(); p != null; p = p.getParent()) {
            String parent = writableByOthers(p, true);
            if (parent != null) {
                return refusal("the task directory's parent " + p, parent, p);
            }
        }
        return null;
    }

    /** Why a task file is refused, or null. */
    String problem(Path file) throws IOException {
        if (allowOthers || !supported(file)) {
            return null;
        }
        String mode = writableByOthers(file, false);
        return mode == null ? null : refusal("the file", mode, file);
    }

    /** The mode if group or others may write (a sticky directory is fine if {@code stickyOk}), else null. */
    private static String writableByOthers(Path path, boolean stickyOk) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
        if (!perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            return null;
        }
        if (stickyOk && sticky(path)) {
            return null;
        }
        return PosixFilePermissions.toString(perms);
    }

    private static boolean sticky(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer m && (m & STICKY) != 0 && (m & GROUP_OR_OTHERS_WRITE) != 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no way to know: treat as not sticky
        }
    }

    private static String refusal(String what, String mode, Path path) {
        return what + " is writable by other users (" + mode + "): anyone who can write there can run code "
                + "with this session's permissions. Run 'chmod go-w " + path + "', or allow it with "
                + "DirectoryLoaderBuilder.allowWritableByOthers(true)";
    }
}
