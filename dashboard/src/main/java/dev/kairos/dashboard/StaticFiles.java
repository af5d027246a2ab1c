package dev.kairos.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The page's files, read once from the jar; only these names are served. */
final class StaticFiles {
    /** A file and its content type. */
    record File(String type, byte[] body) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    private final Map<String, File> files;

    StaticFiles() {
        this.files = Map.copyOf(TYPES.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new File(e.getValue(), read(e.getKey())))));
    }

    /** The file for a request path ({@code /} is {@code index.html}). */
    Optional<File> get(String path) {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        return Optional.ofNullable(files.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard's jar lacks static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
