package dev.kairos.loaders;

import dev.kairos.condition.ConditionParser;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Java sources of the directory across generations. A change compiles the changed files, the
 * files that failed last time, and every file that depends (transitively, through its class files'
 * references) on a changed or deleted one, together, into a fresh class loader; the other files'
 * classes are used as they are. A file that does not compile keeps its last good classes (and its
 * tasks); the rest of the batch is compiled again without it.
 */
final class JavaSources {
    private record Unit(String source, Map<String, byte[]> classes, Set<String> refs, ClassLoader loader) {
    }

    private final String classpath;
    private final ClassLoader parent;
    private final ConditionParser parser;
    private final Map<Path, Unit> units = new HashMap<>();
    private final Map<Path, String> broken = new HashMap<>();
    private JavaCompilation compilation;
    private int generation;

    JavaSources(String classpath, ClassLoader parent, ConditionParser parser) {
        this.classpath = classpath;
        this.parent = parent;
        this.parser = parser;
    }

    /** The outcome for each file compiled now (changed ones, and unchanged ones that had to be). */
    Map<Path, FileVersion> update(Map<Path, String> changed, Set<Path> deleted) {
        Set<String> dirty = new HashSet<>();
        for (Path d : deleted) {
            Unit u = units.remove(d);
            broken.remove(d);
            if (u != null) {
                dirty.addAll(u.classes.keySet());
            }
        }
        Map<Path, String> batch = new TreeMap<>(changed);
        for (Path p : changed.keySet()) {
            broken.remove(p);
            Unit u = units.get(p);
            if (u != null) {
                dirty.addAll(u.classes.keySet());
            }
        }
        broken.forEach(batch::putIfAbsent);
        addDependents(batch, dirty);
        Map<Path, FileVersion> out = new LinkedHashMap<>();
        if (batch.isEmpty()) {
            return out;
        }
        if (compilation == null) {
            try {
                compilation = new JavaCompilation(classpath);
            } catch (IllegalStateException e) {
                batch.keySet().forEach(p -> out.put(p, FileVersion.bad(p, java.util.List.of(LoadProblem.of(p,
                        e.getMessage())))));
                return out;
            }
        }
        JavaCompilation.Output result;
        while (true) {
            result = compilation.compile(batch, provided(batch));
            if (result.errors().isEmpty()) {
                break;
            }
            result.errors().forEach((p, problems) -> {
                out.put(p, FileVersion.bad(p, problems));
                broken.put(p, batch.remove(p));
            });
            if (batch.isEmpty()) {
                return out;
            }
        }
        define(batch, result.classes(), out);
        return out;
    }

    private void define(Map<Path, String> batch, Map<Path, Map<String, byte[]>> classes, Map<Path, FileVersion> out) {
        Map<String, byte[]> own = new HashMap<>();
        classes.values().forEach(own::putAll);
        Map<String, ClassLoader> others = new HashMap<>();
        units.forEach((p, u) -> {
            if (!batch.containsKey(p)) {
                u.classes.keySet().forEach(c -> others.put(c, u.loader));
            }
        });
        GenerationLoader loader = new GenerationLoader("kairos-java-" + (++generation), parent, own, Map.of(),
                others, true);
        batch.forEach((p, source) -> {
            Map<String, byte[]> mine = classes.getOrDefault(p, Map.of());
            Set<String> refs = new HashSet<>();
            mine.values().forEach(bytes -> refs.addAll(ClassInfo.read(bytes).refs()));
            refs.removeAll(mine.keySet());
            units.put(p, new Unit(source, mine, Set.copyOf(refs), loader));
            out.put(p, AnnotatedClasses.load(p, source, mine.keySet(), loader, parser));
        });
    }

    /** Adds to the batch every file whose classes refer to a dirty class, transitively. */
    private void addDependents(Map<Path, String> batch, Set<String> dirty) {
        batch.keySet().forEach(p -> {
            Unit u = units.get(p);
            if (u != null) {
                dirty.addAll(u.classes.keySet());
            }
        });
        boolean grew = !dirty.isEmpty();
        while (grew) {
            grew = false;
            for (Map.Entry<Path, Unit> e : units.entrySet()) {
                Unit u = e.getValue();
                if (!batch.containsKey(e.getKey()) && u.refs.stream().anyMatch(dirty::contains)) {
                    batch.put(e.getKey(), u.source);
                    dirty.addAll(u.classes.keySet());
                    grew = true;
                }
            }
        }
    }

    /** The current classes of the files outside the batch, offered to the compiler from memory. */
    private Map<String, byte[]> provided(Map<Path, String> batch) {
        Map<String, byte[]> provided = new HashMap<>();
        units.forEach((p, u) -> {
            if (!batch.containsKey(p)) {
                provided.putAll(u.classes);
            }
        });
        return provided;
    }

    /** The class loader holding the current version of a file's classes, if it compiled once. */
    ClassLoader loaderOf(Path file) {
        Unit u = units.get(file);
        return u == null ? null : u.loader;
    }

    void close() {
        if (compilation != null) {
            compilation.close();
        }
    }
}
