package dev.kairos.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Maven module a class file comes from, read from where the file is: {@code <module>/target/classes/…}
 * (or {@code test-classes}), {@code <module>/target/<any>.jar}, or a repository's
 * {@code …/<artifactId>/<version>/<artifactId>-….jar}, where the module is the artifactId without the
 * {@code kairos-} prefix (our artifactIds are {@code kairos-<directory>}). A JDK class's module is its
 * JDK module ({@code java.base}). No table of packages: a package that moves keeps its module.
 */
final class MavenModule {
    private static final String ARTIFACT_PREFIX = "kairos-";

    private MavenModule() {
    }

    /** The module of the class's file; empty when the class was not read from a file, or from none of these places. */
    static Optional<String> of(JavaClass javaClass) {
        return javaClass.getSource().map(Source::getUri).flatMap(MavenModule::of);
    }

    /** The module of a class file or a class path entry, given by its URI ({@code file:}, {@code jar:}, {@code jrt:}). */
    static Optional<String> of(URI location) {
        String text = location.toString();
        if (text.startsWith("jrt:/")) {
            List<String> parts = segments(text.substring("jrt:".length()));
            return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(0));
        }
        if (text.startsWith("jar:")) {
            int bang = text.indexOf("!/");
            String jar = bang < 0 ? text.substring(4) : text.substring(4, bang);
            return ofJar(segments(URI.create(jar).getPath()));
        }
        return location.getPath() == null ? Optional.empty() : ofClassDirectory(segments(location.getPath()));
    }

    private static Optional<String> ofJar(List<String> path) {
        int n = path.size();
        if (n >= 2 && path.get(n - 2).equals("target")) {
            return n >= 3 ? Optional.of(path.get(n - 3)) : Optional.empty();
        }
        if (n >= 3 && path.get(n - 1).startsWith(path.get(n - 3) + "-")) { // …/<artifactId>/<version>/<artifactId>-….jar
            String artifactId = path.get(n - 3);
            return Optional.of(artifactId.startsWith(ARTIFACT_PREFIX) ? artifactId.substring(ARTIFACT_PREFIX.length()) : artifactId);
        }
        return Optional.empty();
    }

    private static Optional<String> ofClassDirectory(List<String> path) {
        for (int i = path.size() - 2; i >= 1; i--) {
            if (path.get(i).equals("target") && (path.get(i + 1).equals("classes") || path.get(i + 1).equals("test-classes"))) {
                return Optional.of(path.get(i - 1));
            }
        }
        return Optional.empty();
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
