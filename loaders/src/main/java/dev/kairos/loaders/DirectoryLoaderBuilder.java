package dev.kairos.loaders;

import dev.kairos.Session;
import dev.kairos.condition.ConditionParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures a {@link DirectoryLoader}; each setter rejects a bad value at once. Defaults: Java
 * sources {@code **.java} (every {@code .java} file of the tree), the directory refused if others
 * can write to it, the context class loader of the thread calling {@link #build()} (or this
 * library's), the built-in condition vocabulary, a quiet period of 200 ms, a rescan every minute,
 * the system clock.
 */
public final class DirectoryLoaderBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryLoader.class);

    final Session session;
    final Path directory;
    String javaGlob = "**.java";
    PathMatcher javaMatcher = FileSystems.getDefault().getPathMatcher("glob:" + javaGlob);
    boolean allowWritableByOthers;
    ClassLoader classLoader;
    private final List<Path> extraClasspath = new ArrayList<>();
    String classpath;
    ConditionParser parser = ConditionParser.standard();
    Duration quietPeriod = Duration.ofMillis(200);
    Duration rescanInterval = Duration.ofMinutes(1);
    Consumer<SyncResult> onSync = r -> { };
    Clock clock = Clock.systemUTC();

    DirectoryLoaderBuilder(Session session, Path directory) {
        this.session = Objects.requireNonNull(session, "session");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Which {@code .java} files are task sources, as a glob on their path relative to the directory,
     * e.g. {@code **Tasks.java} or {@code jobs/*.java}.
     *
     * @throws IllegalArgumentException if the glob cannot be read
     */
    public DirectoryLoaderBuilder javaGlob(String glob) {
        Objects.requireNonNull(glob, "javaGlob");
        try {
            this.javaMatcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            this.javaGlob = glob;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("javaGlob '" + glob + "' is not a glob: " + e.getDescription()
                    + " at index " + e.getIndex() + "; write it like '**.java' or 'jobs/*Tasks.java'", e);
        }
        return this;
    }

    /**
     * Whether to load files that another user could have written: files and directories writable by
     * group or others, or owned by a user other than the session's and root. False by default: such a
     * task directory is refused, and such a file or subdirectory is left out with a problem naming it,
     * because its files run as code of the session.
     */
    public DirectoryLoaderBuilder allowWritableByOthers(boolean allow) {
        this.allowWritableByOthers = allow;
        return this;
    }

    /**
     * The parent of the class loaders of Java sources and jars, and where {@code class=} of task files
     * is looked up: the session's classes must be visible from it.
     */
    public DirectoryLoaderBuilder classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader, "classLoader");
        return this;
    }

    /**
     * An extra class path entry (a jar or a directory of classes) for compiling Java sources; the
     * JVM's class path is always there. The classes must also be visible from {@link #classLoader}.
     *
     * @throws IllegalArgumentException if it does not exist
     */
    public DirectoryLoaderBuilder classpath(Path entry) {
        Objects.requireNonNull(entry, "classpath");
        if (!Files.exists(entry)) {
            throw new IllegalArgumentException("classpath entry " + entry + " does not exist; give a jar or a "
                    + "directory of classes");
        }
        extraClasspath.add(entry);
        return this;
    }

    /** The parser that checks conditions; give the session's phrases if task files use them. */
    public DirectoryLoaderBuilder conditionParser(ConditionParser parser) {
        this.parser = Objects.requireNonNull(parser, "conditionParser");
        return this;
    }

    /**
     * How long the directory must stay unchanged before a watched change is loaded (so that a save in
     * several writes is read once, whole). Between 0 and 1 minute.
     */
    public DirectoryLoaderBuilder quietPeriod(Duration quiet) {
        Objects.requireNonNull(quiet, "quietPeriod");
        if (quiet.isNegative() || quiet.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("quietPeriod must be between 0 and 1 minute, was " + quiet);
        }
        this.quietPeriod = quiet;
        return this;
    }

    /** How often a watching loader rescans even without change events. At least 1 second. */
    public DirectoryLoaderBuilder rescanInterval(Duration interval) {
        Objects.requireNonNull(interval, "rescanInterval");
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("rescanInterval must be 1 second or more, was " + interval);
        }
        this.rescanInterval = interval;
        return this;
    }

    /** Called after every sync, on the syncing thread; an exception it throws is logged and ignored. */
    public DirectoryLoaderBuilder onSync(Consumer<SyncResult> listener) {
        this.onSync = Objects.requireNonNull(listener, "onSync");
        return this;
    }

    /** The clock that file modification times are compared with. */
    public DirectoryLoaderBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * The loader, which has not read the directory yet: call {@link DirectoryLoader#sync()} or
     * {@link DirectoryLoader#watch()}. Logs the effective configuration in one line.
     *
     * @throws IllegalArgumentException if the directory does not exist, is not a directory, or others
     *                                  can write to it (and that was not allowed)
     */
    public DirectoryLoader build() {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("task directory " + directory.toAbsolutePath() + (Files.exists(directory)
                    ? " is not a directory" : " does not exist") + "; give an existing directory");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            entries.iterator().hasNext();
        } catch (IOException e) {
            throw new IllegalArgumentException("task directory " + directory.toAbsolutePath() + " cannot be read ("
                    + FileScan.reason(e) + "); give a directory this session's user may read");
        }
        try {
            String refused = new Permissions(allowWritableByOthers).directoryProblem(directory);
            if (refused != null) {
                throw new IllegalArgumentException(refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + directory, e);
        }
        if (!allowWritableByOthers && !Permissions.supported(directory)) {
            LOG.warn("the file system of {} has no POSIX permissions: the loader cannot check who may write there",
                    directory);
        }
        if (classLoader == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            classLoader = context != null ? context : DirectoryLoader.class.getClassLoader();
        }
        classpath = Classpath.of(classLoader, extraClasspath);
        LOG.info("task directory {}: java {}, writable by others {}, quiet period {}, rescan {}, {} phrases",
                directory, javaGlob, allowWritableByOthers ? "allowed" : "refused", quietPeriod, rescanInterval,
                parser.phrases().size());
        return new SyncingLoader(this);
    }
}
