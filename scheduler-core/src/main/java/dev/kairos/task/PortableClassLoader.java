package dev.kairos.task;

import java.util.Map;

/**
 * A class loader whose classes a child JVM cannot find on the class path, such as the classes a task
 * directory's loader compiles in memory. When a task whose class it defined runs in
 * {@link Execution#PROCESS}, the session sends these class files and resources with the run's
 * request, and the child defines them in a class loader of its own, looked in before its class path.
 * Any other class the task uses must be on the session's class path.
 */
public interface PortableClassLoader {

    /**
     * The class files a child needs to load this loader's classes and the classes of its kind they
     * use: binary name ({@code a.b.C$D}) to the bytes of the class file. Never null.
     */
    Map<String, byte[]> classFiles();

    /** The resources that go with them: name ({@code a/b/c.txt}) to bytes. Never null. */
    Map<String, byte[]> resources();
}
