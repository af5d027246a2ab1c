package dev.kairos.run;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * In a child JVM: the classes and resources the session sent with the request (those of a
 * {@link dev.kairos.task.PortableClassLoader}), defined before the class path is looked in.
 * Resources are given by {@link #getResourceAsStream} only (there is no URL for them).
 */
final class ShippedClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;

    ShippedClassLoader(ClassLoader parent, Map<String, byte[]> classes, Map<String, byte[]> resources) {
        super("kairos-shipped", parent);
        this.classes = Map.copyOf(classes);
        this.resources = Map.copyOf(resources);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = classes.containsKey(name) ? findClass(name) : super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.get(name);
        return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }
}
