package dev.kairos.loaders;

import dev.kairos.Session;
import dev.kairos.testing.ManualClock;
import dev.kairos.testing.SessionHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/** A task directory, a session stepped by hand, and a loader between them. */
final class Fixture implements AutoCloseable {
    final Path dir;
    final SessionHarness harness;
    final DirectoryLoader loader;

    Fixture(Path dir) {
        this(dir, b -> b);
    }

    Fixture(Path dir, UnaryOperator<DirectoryLoaderBuilder> options) {
        Probe.reset();
        this.dir = dir;
        this.harness = SessionHarness.start(Session.builder().clock(ManualClock.at("2024-01-01T00:00:00Z"))
                .zone(ZoneOffset.UTC));
        this.loader = options.apply(DirectoryLoader.builder(harness.session(), dir)).build();
    }

    Session session() {
        return harness.session();
    }

    Path write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String relative) {
        try {
            Files.delete(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SyncResult sync() {
        return loader.sync();
    }

    /** Runs a task now and waits for it; returns its actions so far. */
    List<String> run(String task) {
        session().runNow(task);
        harness.settle();
        return harness.actions(task);
    }

    /** A Java source with one class and one @Task method whose body is {@code body}. */
    static String javaTask(String className, String taskAnnotation, String body) {
        return "import dev.kairos.task.*;\nimport dev.kairos.loaders.Probe;\n\npublic class " + className + " {\n"
                + "    " + taskAnnotation + "\n    public void " + className.toLowerCase() + "() throws Exception {\n"
                + "        " + body + "\n    }\n}\n";
    }

    @Override
    public void close() {
        loader.close();
        harness.close();
        Probe.reset();
    }
}
