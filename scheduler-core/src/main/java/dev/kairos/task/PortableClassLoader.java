package dev.kairos.task;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * A class loader of class files held in memory, which a child JVM can rebuild: when a task whose
 * class it defined runs in {@link Execution#PROCESS}, the session sends {@link #classFiles()} and
 * {@link #resources()} with the run's request, and the child defines them in a loader of this kind,
 * looked in before its class path. Any other class the task uses must be on the session's class
 * path. The directory loader's compiled and jar tasks are loaded by one.
 *
 * <p>Its own classes come first when {@code ownFirst} (a class of its own is never shadowed by one
 * of the parent), else after the parent's; resources are given by {@link #getResourceAsStream} only
 * (there is no URL for them).
 */
public class PortableClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classFiles;
    private final Map<String, byte[]> resources;
    private final boolean ownFirst;

    /**
     * @param name       the loader's name, for stack traces
     * @param classFiles binary name ({@code a.b.C$D}) to the bytes of the class file
     * @param resources  resource name ({@code a/b/c.txt}) to bytes
     * @param ownFirst   whether its own classes come before the parent's
     */
    public PortableClassLoader(String name, ClassLoader parent, Map<String, byte[]> classFiles,
            Map<String, byte[]> resources, boolean ownFirst) {
        super(name, parent);
        this.classFiles = Map.copyOf(classFiles);
        this.resources = Map.copyOf(resources);
        this.ownFirst = ownFirst;
    }

    /**
     * The class files a child needs to load this loader's classes and the classes of its kind they
     * use. Never null. This loader's own; a subclass that gets classes from other loaders of its kind
     * adds theirs.
     */
    public Map<String, byte[]> classFiles() {
        return classFiles;
    }

    /** The resources that go with them. Never null. */
    public Map<String, byte[]> resources() {
        return resources;
    }

    /** Whether the class is one of this loader's own. */
    protected final boolean owns(String name) {
        return classFiles.containsKey(name);
    }

    /** The bytes of one of its own class files, or null. */
    protected final byte[] own(String name) {
        return classFiles.get(name);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = ownFirst && owns(name) ? findClass(name) : loadNotOwn(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /**
     * Loads a class it does not take first: by default the parent, then its own. A subclass may
     * look in other loaders first.
     */
    protected Class<?> loadNotOwn(String name) throws ClassNotFoundException {
        return super.loadClass(name, false);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classFiles.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = resources.get(name);
        if (bytes == null && name.endsWith(".class")) {
            bytes = classFiles.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
        return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }
}
