package dev.kairos.loaders;

import dev.kairos.task.PortableClassLoader;
import java.util.HashMap;
import java.util.Map;

/**
 * The classes of one compilation (a generation) or one jar. Its own classes come first (child
 * first: a class of the task directory is never shadowed by one of the classpath), except for a
 * jar's; classes of the directory it does not hold are taken from the loader that holds their
 * current version at the time this loader was made; everything else from the parent. An old
 * generation lives on while its tasks' runs or objects are reachable, then is collected. A child
 * JVM gets its classes and those of the directory's other files it sees.
 */
final class GenerationLoader extends PortableClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, ClassLoader> others;

    GenerationLoader(String name, ClassLoader parent, Map<String, byte[]> own, Map<String, byte[]> resources,
            Map<String, ClassLoader> others, boolean childFirst) {
        super(name, parent, own, resources, childFirst);
        this.others = Map.copyOf(others);
    }

    @Override
    protected Class<?> loadNotOwn(String name) throws ClassNotFoundException {
        ClassLoader other = others.get(name);
        return other != null ? other.loadClass(name) : super.loadNotOwn(name);
    }

    /** Its own classes and the current classes of the directory's other files, as it sees them. */
    @Override
    public Map<String, byte[]> classFiles() {
        Map<String, byte[]> all = new HashMap<>();
        others.forEach((name, loader) -> {
            if (loader instanceof GenerationLoader g && g.owns(name)) {
                all.put(name, g.own(name));
            }
        });
        all.putAll(super.classFiles());
        return all;
    }
}
