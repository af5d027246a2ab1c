package dev.kairos.loaders;

import dev.kairos.loaders.Limits.TooLarge;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the task files of a directory tree and tells which changed since the last scan. A file
 * whose size and modification time did not change is not read; one whose time is too close to the
 * scan to be trusted ("racy", the same tick as a write) is read again next time and compared by
 * content.
 */
final class FileScan {
    private static final Duration RACY = Duration.ofSeconds(2);

    /** A new or changed file and its content. */
    record Changed(Path file, FileKind kind, byte[] content) {
    }

    /** The result: changed files and deleted files (both in path order), files refused, directories seen. */
    record Result(List<Changed> changed, Map<Path, FileKind> deleted, List<LoadProblem> refused,
            List<Path> directories) {
    }

    private record Stamp(FileKind kind, long size, long modified, byte[] hash, boolean racy) {
    }

    private final Path root;
    private final PathMatcher javaGlob;
    private final Permissions permissions;
    private final Clock clock;
    private final Map<Path, Stamp> known = new HashMap<>();

    FileScan(Path root, PathMatcher javaGlob, Permissions permissions, Clock clock) {
        this.root = root;
        this.javaGlob = javaGlob;
        this.permissions = permissions;
        this.clock = clock;
    }

    Result scan() throws IOException {
        // A linked task directory is followed; what is found is named under the path as given.
        Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        Map<Path, FileKind> found = new TreeMap<>();
        List<Path> directories = new ArrayList<>();
        List<LoadProblem> refused = new ArrayList<>();
        List<Path> unseen = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path at, BasicFileAttributes attrs) throws IOException {
                Path dir = root.resolve(start.relativize(at));
                if (dir.equals(root)) {
                    directories.add(dir);
                    return FileVisitResult.CONTINUE;
                }
                if (ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String why = permissions.problem(at);
                if (why != null) {
                    refused.add(LoadProblem.of(dir, why + ". Nothing under it is loaded or removed until then"));
                    unseen.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                directories.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path at, BasicFileAttributes attrs) {
                Path file = root.resolve(start.relativize(at));
                if (ignored(file)) {
                    return FileVisitResult.CONTINUE;
                }
                FileKind kind = kind(file);
                if (attrs.isSymbolicLink()) {
                    if (kind != null || Files.isDirectory(at)) {
                        refused.add(LoadProblem.of(file, "is a symbolic link, and links inside the task directory"
                                + " are not followed (whoever controls the target would decide what runs); copy the"
                                + " file here, or give the linked directory as the task directory"));
                    }
                } else if (attrs.isRegularFile() && kind != null) {
                    found.put(file, kind);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path at, IOException e) throws IOException {
                if (at.equals(start)) {
                    throw e;
                }
                Path file = root.resolve(start.relativize(at));
                if (!(e instanceof NoSuchFileException) && !ignored(file)) {
                    refused.add(LoadProblem.of(file, "cannot be read (" + reason(e) + "). Nothing under it"
                            + " is loaded or removed until then"));
                    unseen.add(file);
                }
                return FileVisitResult.CONTINUE; // deleted while we walked: seen as deleted
            }
        });
        List<Changed> changed = new ArrayList<>();
        for (Map.Entry<Path, FileKind> e : found.entrySet()) {
            Path file = e.getKey();
            try {
                String why = permissions.problem(file);
                if (why != null) {
                    refused.add(LoadProblem.of(file, why));
                    unseen.add(file);
                    continue;
                }
                byte[] content = read(file, e.getValue());
                if (content != null) {
                    changed.add(new Changed(file, e.getValue(), content));
                }
            } catch (TooLarge ex) {
                refused.add(LoadProblem.of(file, ex.getMessage()));
                unseen.add(file);
            } catch (IOException ex) {
                refused.add(LoadProblem.of(file, "cannot read the file (" + reason(ex) + ")"));
                unseen.add(file);
            }
        }
        Map<Path, FileKind> deleted = new TreeMap<>();
        for (Path p : Set.copyOf(known.keySet())) {
            if (!found.containsKey(p) && unseen.stream().noneMatch(p::startsWith)) {
                deleted.put(p, known.remove(p).kind());
            }
        }
        return new Result(changed, deleted, refused, directories);
    }

    /** The content if the file is new or changed, else null. */
    private byte[] read(Path file, FileKind kind) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        long modified = attrs.lastModifiedTime().toMillis();
        Stamp old = known.get(file);
        if (old != null && !old.racy && old.size == attrs.size() && old.modified == modified && old.kind == kind) {
            return null;
        }
        long now = clock.millis();
        byte[] content = Limits.read(file, kind, attrs.size());
        byte[] hash = sha256(content);
        boolean racy = now - modified < RACY.toMillis();
        known.put(file, new Stamp(kind, content.length, modified, hash, racy));
        return old != null && old.kind == kind && Arrays.equals(old.hash, hash) ? null : content;
    }

    /** An I/O failure in words: "permission denied" rather than the exception's class and path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private FileKind kind(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".task")) {
            return FileKind.TASK;
        }
        if (name.endsWith(".jar")) {
            return FileKind.JAR;
        }
        return name.endsWith(".java") && javaGlob.matches(root.relativize(file)) ? FileKind.JAVA : null;
    }

    /** Hidden files and editors' temporary and backup files. */
    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
