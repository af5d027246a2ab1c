package dev.kairos.loaders;

import dev.kairos.Session;
import dev.kairos.condition.Condition;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path Java task files are compiled against: the JVM's class path, the jars of a
 * {@link URLClassLoader} parent, the locations of the Kairos API itself, and any extra entries.
 */
final class Classpath {
    private Classpath() {
    }

    static String of(ClassLoader parent, List<Path> extra) {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        for (ClassLoader l = parent; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    add(entries, url);
                }
            }
        }
        for (Class<?> api : List.of(Session.class, Condition.class)) {
            CodeSource source = api.getProtectionDomain().getCodeSource();
            if (source != null) {
                add(entries, source.getLocation());
            }
        }
        extra.forEach(p -> entries.add(p.toAbsolutePath().toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static void add(Set<String> entries, URL url) {
        try {
            if (url != null && url.getProtocol().equals("file")) {
                entries.add(Path.of(url.toURI()).toString());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a plain file location: the compiler could not use it anyway
        }
    }
}
