package dev.kairos.internal.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes of one session (in the sense of {@code setsid}), read from the kernel's process
 * table under {@code /proc}: a process keeps its session id when its parent dies, so this finds
 * what a dead process started where its descendants no longer can. Linux only; elsewhere empty.
 * The kernel does not give a session's id to a new process while any process of that session is
 * left, so the id names the same session for as long as it is asked about. Not API.
 */
final class Sessions {
    private static final Path PROC = Path.of("/proc");

    private Sessions() {
    }

    /** The live processes whose session id is {@code id}, the leader included if it is still alive. */
    static List<ProcessHandle> members(long id) {
        List<ProcessHandle> found = new ArrayList<>();
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && Character.isDigit(name.charAt(0)) && sessionOf(entry) == id) {
                    ProcessHandle.of(Long.parseLong(name)).ifPresent(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the table could not be read: nothing is found, the descendants still are
        }
        return found;
    }

    /**
     * The session id in {@code /proc/PID/stat}: the sixth field, counted after the command's name,
     * which is in parentheses and may itself hold spaces and parentheses. -1 if the process is gone.
     */
    static long sessionOf(Path process) {
        String stat;
        try {
            stat = new String(Files.readAllBytes(process.resolve("stat")), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return -1;
        }
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return -1;
        }
        String[] fields = stat.substring(end + 1).trim().split(" ");
        // after the name: state, parent, process group, session
        if (fields.length < 4) {
            return -1;
        }
        try {
            return Long.parseLong(fields[3]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
