package dev.kairos.loaders;

import dev.kairos.task.PortableClassLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Defines classes from bytes in memory. Its own classes come first (child first: a class of the
 * task directory is never shadowed by one of the classpath); classes of the directory it does not
 * hold are taken from the loader that holds their current version at the time this loader was made;
 * everything else from the parent. One per compilation (a generation) or per jar; an old
 * generation lives on while its tasks' runs or objects are reachable, then is collected. A child JVM
 * gets its classes and those of the directory's other files it sees (see {@link PortableClassLoader}).
 */
final class GenerationLoader extends ClassLoader implements PortableClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> own;
    private final Map<String, byte[]> resources;
    private final Map<String, ClassLoader> others;
    private final boolean childFirst;

    GenerationLoader(String name, ClassLoader parent, Map<String, byte[]> own, Map<String, byte[]> resources,
            Map<String, ClassLoader> others, boolean childFirst) {
        super(name, parent);
        this.own = Map.copyOf(own);
        this.resources = Map.copyOf(resources);
        this.others = Map.copyOf(others);
        this.childFirst = childFirst;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null && own.containsKey(name) && childFirst) {
                c = findClass(name);
            } else if (c == null && others.containsKey(name)) {
                c = others.get(name).loadClass(name);
            } else if (c == null) {
                c = super.loadClass(name, false); // parent, then findClass
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = own.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (resources.containsKey(name)) {
            return new ByteArrayInputStream(resources.get(name));
        }
        String className = name.endsWith(".class") ? name.substring(0, name.length() - 6).replace('/', '.') : null;
        if (className != null && own.containsKey(className)) {
            return new ByteArrayInputStream(own.get(className));
        }
        return super.getResourceAsStream(name);
    }

    /** Its own classes and the current classes of the directory's other files, as it sees them. */
    @Override
    public Map<String, byte[]> classFiles() {
        Map<String, byte[]> all = new HashMap<>();
        others.forEach((name, loader) -> {
            if (loader instanceof GenerationLoader g && g.own.containsKey(name)) {
                all.put(name, g.own.get(name));
            }
        });
        all.putAll(own);
        return all;
    }

    @Override
    public Map<String, byte[]> resources() {
        return resources;
    }
}
