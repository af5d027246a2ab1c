package dev.kairos.loaders;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Keeps a compilation in memory: class files are written to byte arrays (grouped by the source file
 * they came from), and the current classes of the directory's files that are not being compiled are
 * offered on the class path from memory.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> provided;
    private final Map<Path, Map<String, byte[]>> output = new LinkedHashMap<>();

    MemoryFileManager(StandardJavaFileManager standard, Map<String, byte[]> provided) {
        super(standard);
        this.provided = provided;
    }

    /** A source file held in memory, named by its path (which diagnostics report). */
    static final class Source extends SimpleJavaFileObject {
        final Path path;
        private final String text;

        Source(Path path, String text) {
            super(path.toUri(), Kind.SOURCE);
            this.path = path;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public String getName() {
            return path.toString();
        }
    }

    /** A class file held in memory. */
    private static final class ClassFile extends SimpleJavaFileObject {
        final String binaryName;
        private final byte[] bytes;

        ClassFile(String binaryName, byte[] bytes) {
            super(URI.create("mem:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    Map<Path, Map<String, byte[]>> output() {
        return output;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
            FileObject sibling) throws IOException {
        if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS
                || !(sibling instanceof Source source)) {
            return super.getJavaFileForOutput(location, className, kind, sibling);
        }
        Map<String, byte[]> classes = output.computeIfAbsent(source.path, p -> new LinkedHashMap<>());
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
            @Override
            public OutputStream openOutputStream() {
                return new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        classes.put(className, toByteArray());
                    }
                };
            }
        };
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        Iterable<JavaFileObject> standard = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)
                || provided.isEmpty()) {
            return standard;
        }
        List<JavaFileObject> all = new ArrayList<>();
        standard.forEach(all::add);
        provided.forEach((name, bytes) -> {
            int dot = name.lastIndexOf('.');
            String pkg = dot < 0 ? "" : name.substring(0, dot);
            if (pkg.equals(packageName) || recurse && (packageName.isEmpty() || pkg.startsWith(packageName + "."))) {
                all.add(new ClassFile(name, bytes));
            }
        });
        return all;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        return file instanceof ClassFile c ? c.binaryName : super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return a instanceof SimpleJavaFileObject || b instanceof SimpleJavaFileObject ? a.equals(b)
                : super.isSameFile(a, b);
    }
}
