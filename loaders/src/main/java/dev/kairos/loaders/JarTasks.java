package dev.kairos.loaders;

import dev.kairos.condition.ConditionParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Loads the tasks of a jar: its classes and resources are read into memory (the file is not kept
 * open, so it can be replaced at any time) and defined by a class loader of its own, parent first.
 * Only classes that mention {@code @Task} or {@code @Parameter}, or extend one that does, are loaded.
 */
final class JarTasks {
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    private JarTasks() {
    }

    static FileVersion read(Path file, byte[] content, ClassLoader parent, ConditionParser parser) {
        if (!complete(content)) {
            return FileVersion.bad(file, List.of(LoadProblem.of(file, "the jar has no end of central directory: it "
                    + "is incomplete (still being written?) or not a jar. Copy jars in atomically (write elsewhere, "
                    + "then move)")));
        }
        Map<String, byte[]> classes = new HashMap<>();
        Map<String, byte[]> resources = new HashMap<>();
        Map<String, ClassInfo> infos = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                String name = e.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    ClassInfo info = ClassInfo.read(bytes);
                    classes.put(info.name(), bytes);
                    infos.put(info.name(), info);
                } else {
                    resources.put(name, bytes);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return FileVersion.bad(file, List.of(LoadProblem.of(file, "not a readable jar: " + e.getMessage()
                    + "; is it still being written?")));
        }
        GenerationLoader loader = new GenerationLoader("kairos-jar-" + file.getFileName(), parent, classes, resources,
                Map.of(), false);
        return AnnotatedClasses.load(file, null, candidates(infos), loader, parser);
    }

    /** Classes that mention the annotations, or extend (within the jar) one that does. */
    private static Set<String> candidates(Map<String, ClassInfo> infos) {
        Set<String> out = new HashSet<>();
        for (ClassInfo info : infos.values()) {
            for (ClassInfo k = info; k != null; k = k.superName() == null ? null : infos.get(k.superName())) {
                if (k.marked()) {
                    out.add(info.name());
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the zip's end-of-central-directory record is there (a truncated zip has none). */
    private static boolean complete(byte[] b) {
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65_535; i--) {
            if ((b[i] & 0xff | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24)
                    == END_OF_CENTRAL_DIRECTORY) {
                return true;
            }
        }
        return false;
    }
}
