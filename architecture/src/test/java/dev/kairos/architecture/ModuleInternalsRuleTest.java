package dev.kairos.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.kairos.architecture.fixture.modules.a.Client;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArchitectureRules#NO_OTHER_MODULES_INTERNALS} on two fixture "modules": the fixture packages' class
 * files are copied to where a Maven build puts a module's classes or jar, so the rule tells them apart as it
 * tells the real modules apart.
 */
class ModuleInternalsRuleTest {
    private static final String MODULE_A = "dev/kairos/architecture/fixture/modules/a";
    private static final String MODULE_B = "dev/kairos/architecture/fixture/modules/b";
    private static final List<String> THE_VIOLATION = List.of("dev.kairos.architecture.fixture.modules.a.Client (fixture-a) uses "
            + "dev.kairos.architecture.fixture.modules.b.internal.Hidden, internal to fixture-b, at Client.java:9");

    @TempDir
    Path temp;

    @Test
    void a_class_using_another_modules_internal_package_is_reported_and_nothing_else() throws IOException {
        EvaluationResult result = evaluate(classes("fixture-a", MODULE_A), classes("fixture-b", MODULE_B));

        assertEquals(THE_VIOLATION, result.getFailureReport().getDetails());
    }

    @Test
    void the_same_classes_from_one_module_pass() {
        JavaClasses oneModule = new ClassFileImporter().importPackages("dev.kairos.architecture.fixture.modules");

        assertFalse(ArchitectureRules.NO_OTHER_MODULES_INTERNALS.evaluate(oneModule).hasViolation());
    }

    @Test
    void a_module_read_from_the_jar_in_its_target_directory_is_told_apart() throws IOException {
        Path jar = jar(classes("fixture-b", MODULE_B), temp.resolve("jars/fixture-b/target/kairos-fixture-b-1.0.jar"));

        assertEquals(THE_VIOLATION, evaluate(classes("fixture-a", MODULE_A), jar).getFailureReport().getDetails());
    }

    @Test
    void a_module_read_from_a_repository_is_named_by_its_artifact_id() throws IOException {
        Path jar = jar(classes("fixture-b", MODULE_B),
                temp.resolve("repository/dev/kairos/kairos-fixture-b/1.0-SNAPSHOT/kairos-fixture-b-1.0-SNAPSHOT.jar"));

        assertEquals(THE_VIOLATION, evaluate(classes("fixture-a", MODULE_A), jar).getFailureReport().getDetails());
    }

    /** The rule on the classes of a directory of classes and a directory or jar of classes. */
    private static EvaluationResult evaluate(Path classes, Path classesOrJar) throws IOException {
        if (!classesOrJar.toString().endsWith(".jar")) {
            return ArchitectureRules.NO_OTHER_MODULES_INTERNALS.evaluate(new ClassFileImporter().importPaths(classes, classesOrJar));
        }
        try (JarFile jar = new JarFile(classesOrJar.toFile())) {
            JavaClasses imported = new ClassFileImporter().importLocations(List.of(Location.of(classes), Location.of(jar)));
            return ArchitectureRules.NO_OTHER_MODULES_INTERNALS.evaluate(imported);
        }
    }

    /** {@code <temp>/<module>/target/classes} holding the class files of one fixture package tree. */
    private Path classes(String module, String packageDirectory) throws IOException {
        Path from = testClasses().resolve(packageDirectory);
        Path root = temp.resolve(module).resolve("target/classes");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(packageDirectory).resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return root;
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path testClasses() {
        try {
            return Path.of(Client.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
