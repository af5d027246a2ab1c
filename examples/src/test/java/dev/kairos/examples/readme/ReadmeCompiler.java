package dev.kairos.examples.readme;

import dev.kairos.examples.readme.BlockSource.Unit;
import dev.kairos.examples.readme.ReadmeBlocks.Block;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the {@code ```java} blocks of a Markdown file together (a class one block declares is visible to the
 * others) with javax.tools against a class path, and reports each compiler error at the file's line.
 */
final class ReadmeCompiler {
    /** The JDK packages README's examples use without importing them. */
    private static final List<String> JDK_PACKAGES = List.of("java.nio.file", "java.time", "java.util", "java.util.function",
            "javax.sql");
    /** The project's packages; those with an {@code internal} segment are not API and are not imported. */
    private static final String PROJECT_DIRECTORY = "dev/kairos/";

    private ReadmeCompiler() {
    }

    /**
     * The errors of each block (in block order; an empty list when it compiles), plus, under a null key, errors
     * the harness's own lines caused. Every API package found on the class path outside {@code excluded} is
     * imported with {@code *}, as are {@link #JDK_PACKAGES}, JUnit's assertions and {@link ReadmeNames}.
     */
    static Map<Block, List<String>> errors(String markdownName, List<Block> blocks, String classPath, Path excluded, Path output) {
        List<String> imports = new ArrayList<>();
        JDK_PACKAGES.forEach(p -> imports.add("import " + p + ".*;"));
        apiPackages(classPath, excluded).forEach(p -> imports.add("import " + p + ".*;"));
        imports.add("import static org.junit.jupiter.api.Assertions.*;");
        imports.add("import static " + ReadmeNames.class.getName() + ".*;");

        Map<JavaFileObject, Unit> units = new IdentityHashMap<>();
        for (Block block : blocks) {
            for (Unit unit : BlockSource.of(block, imports)) {
                units.put(new Source(unit), unit);
            }
        }
        Map<Block, List<String>> errors = new LinkedHashMap<>();
        blocks.forEach(b -> errors.put(b, new ArrayList<>()));
        errors.put(null, new ArrayList<>());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-proc:none", "-nowarn", "-classpath", classPath, "-d", output.toString());
            compiler.getTask(null, files, diagnostics, options, null, units.keySet()).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Unit unit = d.getSource() == null ? null : units.get(d.getSource());
            int line = unit == null ? 0 : unit.readmeLine(d.getLineNumber());
            if (line == 0) {
                errors.get(null).add((unit == null ? "" : "in the harness's line " + d.getLineNumber() + " of " + unit.className()
                        + " (from the block at " + markdownName + ":" + unit.block().fenceLine() + "): ") + d.getMessage(Locale.ROOT)
                        + (unit == null ? "" : "\n" + unit.text()));
            } else {
                errors.get(unit.block()).add(format(markdownName, line, d, unit));
            }
        }
        return errors;
    }

    private static String format(String markdownName, int line, Diagnostic<? extends JavaFileObject> d, Unit unit) {
        String source = unit.lines().get((int) d.getLineNumber() - 1);
        String readme = unit.block().lines().get(line - unit.block().fenceLine() - 1);
        StringBuilder text = new StringBuilder(markdownName + ":" + line + ": " + d.getMessage(Locale.ROOT) + "\n");
        String margin = String.format("%6d | ", line);
        text.append(margin).append(readme).append('\n');
        int column = (int) d.getColumnNumber() - 1;
        int same = 0;
        while (same < source.length() && same < readme.length() && source.charAt(same) == readme.charAt(same)) {
            same++;
        }
        if (column >= 0 && column <= same) {
            text.append(" ".repeat(margin.length() - 2)).append("| ").append(" ".repeat(column)).append('^').append('\n');
        }
        return text.toString();
    }

    /** The packages with classes under {@code dev/kairos/} in the class path's entries outside {@code excluded}, internal ones left out. */
    static SortedSet<String> apiPackages(String classPath, Path excluded) {
        SortedSet<String> packages = new TreeSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (entry.isEmpty() || path.startsWith(excluded.toAbsolutePath().normalize())) {
                continue;
            }
            for (String file : classFiles(path)) {
                int slash = file.lastIndexOf('/');
                String name = slash < 0 ? "" : file.substring(0, slash).replace('/', '.');
                if (file.startsWith(PROJECT_DIRECTORY) && !("." + name + ".").contains(".internal.")) {
                    packages.add(name);
                }
            }
        }
        return packages;
    }

    private static List<String> classFiles(Path entry) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(p -> p.toString().endsWith(".class"))
                            .forEach(p -> names.add(entry.relativize(p).toString().replace(File.separatorChar, '/')));
                }
            } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(Unit unit) {
            super(URI.create("string:///" + unit.className() + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = unit.text();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
