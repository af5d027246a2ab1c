package dev.kairos.examples;

import dev.kairos.Session;
import dev.kairos.loaders.DirectoryLoader;
import java.nio.file.Path;

/**
 * A session over a task directory, as {@code kairos run examples/tasks} does: the Java sources and
 * {@code .task} files there are loaded, and followed as they change. Stops with Ctrl-C.
 */
public final class TaskDirectory {
    private TaskDirectory() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/tasks");
        Session session = Session.builder().taskLog(Path.of("examples/logs/tasks.csv")).build();
        try (DirectoryLoader loader = DirectoryLoader.builder(session, dir).build()) {
            loader.watch();
            Runtime.getRuntime().addShutdownHook(new Thread(session::shutdown));
            session.start();
        }
    }
}
