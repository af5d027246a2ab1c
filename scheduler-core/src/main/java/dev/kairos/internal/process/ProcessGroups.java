package dev.kairos.internal.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a task's process in a session (and process group) of its own where the system can, with
 * {@code setsid}: then Ctrl-C in the terminal reaches the session's JVM only, which stops its
 * children itself, with their grace period, and records them as terminated (in the terminal's
 * group they would die of the SIGINT first and be recorded as failed). Elsewhere commands are left
 * as they are. Not API.
 */
public final class ProcessGroups {
    private static final String SETSID = find();

    private ProcessGroups() {
    }

    /** The command, started in a process group of its own where {@code setsid} exists. */
    public static List<String> detached(List<String> command) {
        if (SETSID == null) {
            return command;
        }
        List<String> out = new ArrayList<>(command.size() + 1);
        out.add(SETSID);
        out.addAll(command);
        return out;
    }

    private static String find() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
