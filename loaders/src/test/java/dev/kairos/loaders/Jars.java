package dev.kairos.loaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/** Builds jars for tests: compiles a source in memory, packs its classes and extra resources. */
final class Jars {
    private Jars() {
    }

    static byte[] of(String source, Map<String, String> resources) throws IOException {
        String name = source.replaceAll("(?s).*public class (\\w+).*", "$1");
        JavaCompilation compiler = new JavaCompilation(Classpath.of(Jars.class.getClassLoader(), java.util.List.of()));
        JavaCompilation.Output out = compiler.compile(Map.of(Path.of(name + ".java"), source), Map.of());
        if (!out.errors().isEmpty()) {
            throw new IllegalArgumentException(out.errors().toString());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Map<String, byte[]> classes : out.classes().values()) {
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    jar.putNextEntry(new ZipEntry(c.getKey().replace('.', '/') + ".class"));
                    jar.write(c.getValue());
                }
            }
            for (Map.Entry<String, String> r : resources.entrySet()) {
                jar.putNextEntry(new ZipEntry(r.getKey()));
                jar.write(r.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        compiler.close();
        return bytes.toByteArray();
    }

    static byte[] of(String source) throws IOException {
        return of(source, Map.of());
    }
}
