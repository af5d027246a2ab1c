package dev.kairos.loaders;

import dev.kairos.condition.ConditionParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link DirectoryLoader}: scans, reads what changed, and hands good versions to the registrar. */
final class SyncingLoader implements DirectoryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryLoader.class);

    private final Path directory;
    private final Permissions permissions;
    private final FileScan scan;
    private final Registrar registrar;
    private final JavaSources java;
    private final ClassLoader parent;
    private final ConditionParser parser;
    private final Consumer<SyncResult> onSync;
    private final Watcher watcher;
    private final Map<Path, List<LoadProblem>> problems = new TreeMap<>();
    private List<Path> directories = List.of();
    private boolean closed;

    SyncingLoader(DirectoryLoaderBuilder b) {
        this.directory = b.directory;
        this.permissions = new Permissions(b.allowWritableByOthers);
        this.scan = new FileScan(directory, b.javaMatcher, permissions, b.clock);
        this.registrar = new Registrar(b.session);
        this.parent = b.classLoader;
        this.parser = b.parser;
        this.java = new JavaSources(b.classpath, parent, parser);
        this.onSync = b.onSync;
        this.watcher = new Watcher(this, b.quietPeriod, b.rescanInterval);
    }

    @Override
    public synchronized SyncResult sync() {
        if (closed) {
            throw new IllegalStateException("the loader of " + directory + " was closed");
        }
        Changes changes = new Changes();
        List<LoadProblem> found = new ArrayList<>();
        int read = 0;
        try {
            String refused = permissions.directoryProblem(directory);
            if (refused != null) {
                changes.judged.put(directory, List.of(LoadProblem.of(directory, refused + ". Nothing is loaded or "
                        + "removed until then")));
            } else {
                changes.judged.put(directory, List.of());
                FileScan.Result result = scan.scan();
                directories = result.directories();
                read = result.changed().size();
                apply(result, changes);
            }
        } catch (IOException e) {
            changes.judged.put(directory, List.of(LoadProblem.of(directory, "cannot read the task directory ("
                    + FileScan.reason(e) + "). Nothing is loaded or removed until then")));
        } catch (RuntimeException | Error e) {
            LOG.debug("syncing {} failed", directory, e);
            changes.judged.put(directory, List.of(LoadProblem.of(directory, "syncing the task directory failed ("
                    + failure(e) + "); it is tried again at the next change")));
        }
        changes.judged.forEach((file, now) -> {
            List<LoadProblem> before = now.isEmpty() ? problems.remove(file) : problems.put(file, now);
            if (!now.equals(before)) {
                now.forEach(p -> LOG.warn("{}", p));
                found.addAll(now);
            }
        });
        SyncResult r = new SyncResult(changes.added, changes.replaced, changes.removed, found, read);
        if (r.changedTasks()) {
            LOG.info("task directory {}: added {}, replaced {}, removed {}", directory, r.added(), r.replaced(),
                    r.removed());
        }
        notify(r);
        return r;
    }

    private void apply(FileScan.Result result, Changes changes) {
        result.refused().forEach(p -> changes.judged.put(p.file(), List.of(p)));
        Set<Path> javaDeleted = new HashSet<>();
        result.deleted().forEach((file, kind) -> {
            registrar.remove(file, changes);
            if (kind == FileKind.JAVA) {
                javaDeleted.add(file);
            }
        });
        Map<Path, String> javaChanged = new TreeMap<>();
        List<FileVersion> versions = new ArrayList<>();
        for (FileScan.Changed c : result.changed()) {
            if (blank(c.content())) {
                versions.add(FileVersion.bad(c.file(), List.of(LoadProblem.of(c.file(), "the file is empty: is it "
                        + "still being written? Its previous version, if any, is kept"))));
                continue;
            }
            try {
                switch (c.kind()) {
                    case JAR -> versions.add(JarTasks.read(c.file(), c.content(), parent, parser));
                    case TASK -> versions.add(taskFile(c));
                    case JAVA -> {
                        String text = text(c, versions);
                        if (text != null) {
                            javaChanged.put(c.file(), text);
                        }
                    }
                }
            } catch (RuntimeException | Error e) {
                versions.add(failed(c.file(), e));
            }
        }
        try {
            versions.addAll(java.update(javaChanged, javaDeleted).values());
        } catch (RuntimeException | Error e) {
            javaChanged.keySet().forEach(file -> versions.add(failed(file, e)));
        }
        for (FileVersion v : versions) {
            if (v.ok()) {
                registrar.offer(v.file(), v.tasks());
            } else {
                registrar.withdraw(v.file());
                changes.judged.put(v.file(), v.problems());
            }
        }
        if (!result.changed().isEmpty() || !result.deleted().isEmpty()) {
            registrar.commit(changes);
        }
    }

    private FileVersion taskFile(FileScan.Changed c) {
        List<FileVersion> bad = new ArrayList<>(1);
        String text = text(c, bad);
        if (text == null) {
            return bad.get(0);
        }
        try {
            return FileVersion.good(c.file(), TaskFile.read(c.file(), text, parser, parent));
        } catch (BadFile e) {
            return FileVersion.bad(c.file(), e.problems());
        }
    }

    /**
     * What loading a file threw, as that file's problem, so that one file (a class whose initialiser
     * recurses without end, a jar that exhausts memory) never stops the loader or the other files.
     */
    private static FileVersion failed(Path file, Throwable e) {
        LOG.debug("loading {} failed", file, e);
        return FileVersion.bad(file, List.of(LoadProblem.of(file, "loading the file failed (" + failure(e)
                + "); the other files are loaded, and this one again when it changes")));
    }

    /** A failure in words, for a problem. */
    static String failure(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the stack overflowed: something in it recurses too deeply";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: " + e.getMessage();
        }
        return e.getCause() != null && e instanceof ExceptionInInitializerError ? e.getCause().toString() : e.toString();
    }

    /** The file's text as UTF-8, or null (and a bad version added) if it is not UTF-8. */
    private static String text(FileScan.Changed c, List<FileVersion> bad) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c.content())).toString();
        } catch (CharacterCodingException e) {
            bad.add(FileVersion.bad(c.file(), List.of(LoadProblem.of(c.file(), "the file is not UTF-8 text ("
                    + e + "); save it as UTF-8"))));
            return null;
        }
    }

    private static boolean blank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private void notify(SyncResult r) {
        try {
            onSync.accept(r);
        } catch (RuntimeException e) {
            LOG.warn("the loader's onSync listener failed: {}", e.toString(), e);
        }
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized List<Path> directories() {
        return directories;
    }

    @Override
    public void watch() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the loader of " + directory + " was closed");
            }
        }
        watcher.start();
    }

    @Override
    public synchronized List<LoadProblem> problems() {
        List<LoadProblem> all = new ArrayList<>();
        problems.values().forEach(all::addAll);
        return all;
    }

    @Override
    public synchronized Map<String, Path> origins() {
        return registrar.owners();
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        watcher.stop();
        synchronized (this) {
            if (!closed) {
                closed = true;
                java.close();
            }
        }
    }

    @Override
    public String toString() {
        return "DirectoryLoader[" + directory + "]";
    }
}
