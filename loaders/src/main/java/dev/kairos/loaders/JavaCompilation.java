package dev.kairos.loaders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources together, in memory, with the JDK's compiler: against the session's class
 * path and the current classes of the directory's other files; with {@code -parameters} (so that
 * task parameters are injected by name) and without annotation processing.
 */
final class JavaCompilation {

    /** Classes by source file and binary name, and the errors by source file. */
    record Output(Map<Path, Map<String, byte[]>> classes, Map<Path, List<LoadProblem>> errors) {
    }

    private final JavaCompiler compiler;
    private final StandardJavaFileManager standard;
    private final List<String> options;

    /** @throws IllegalStateException when the JVM has no compiler (a JRE without jdk.compiler) */
    JavaCompilation(String classpath) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this JVM has no Java compiler (module jdk.compiler): run the session "
                    + "on a JDK, not a JRE, to load *.java task files");
        }
        this.standard = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        try {
            // No source path: a source that is not being compiled is never pulled in behind our back.
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.options = List.of("-classpath", classpath, "-parameters", "-proc:none", "-g", "-implicit:none",
                "-Xlint:none", "-nowarn");
    }

    Output compile(Map<Path, String> sources, Map<String, byte[]> provided) {
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, text) -> units.add(new MemoryFileManager.Source(path, text)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        MemoryFileManager files = new MemoryFileManager(standard, provided);
        StringWriter out = new StringWriter();
        Boolean ok = compiler.getTask(out, files, diagnostics, options, null, units).call();
        Map<Path, List<LoadProblem>> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            if (d.getSource() instanceof MemoryFileManager.Source s) {
                errors.computeIfAbsent(s.path, p -> new ArrayList<>()).add(problem(s.path, sources.get(s.path), d));
            } else {
                // Not tied to a file (a bad class path entry, say): every file fails with it.
                sources.keySet().forEach(p -> errors.computeIfAbsent(p, k -> new ArrayList<>())
                        .add(LoadProblem.of(p, "the compiler failed: " + d.getMessage(Locale.ROOT))));
            }
        }
        if (!Boolean.TRUE.equals(ok) && errors.isEmpty()) {
            sources.keySet().forEach(p -> errors.put(p, List.of(LoadProblem.of(p, "the compiler failed: " + out))));
        }
        return new Output(Boolean.TRUE.equals(ok) ? files.output() : Map.of(), errors);
    }

    private static LoadProblem problem(Path file, String source, Diagnostic<?> d) {
        int line = d.getLineNumber() == Diagnostic.NOPOS ? 0 : (int) d.getLineNumber();
        int column = d.getColumnNumber() == Diagnostic.NOPOS ? 0 : (int) d.getColumnNumber();
        String message = d.getMessage(Locale.ROOT);
        if (line > 0 && column > 0) {
            String text = Culprit.line(source, line).replace('\t', ' ');
            message += "\n  " + text + "\n  " + " ".repeat(column - 1) + "^";
        }
        return new LoadProblem(file, line, column, message);
    }

    void close() {
        try {
            standard.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
