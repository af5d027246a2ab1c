package dev.kairos.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The rules applied to the main classes of every other module of the reactor, as the class path has them
 * ({@code target/classes}, the modules' jars, or a repository's).
 */
class KairosArchitectureTest {
    private static final String THIS_MODULE = "architecture";
    private static final JavaClasses KAIROS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureRules.ROOT);

    @Test
    void the_classes_of_every_other_module_of_the_reactor_are_checked() throws Exception {
        NodeList modules = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("..", "pom.xml").toFile()).getElementsByTagName("module");
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < modules.getLength(); i++) {
            // a nested module (examples/spring-boot) by its directory's name, as MavenModule reads it from target/
            expected.add(Path.of(modules.item(i).getTextContent().trim()).getFileName().toString());
        }
        expected.remove(THIS_MODULE);
        Set<String> found = KAIROS.stream().map(MavenModule::of).flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found, "the modules the imported classes come from");
        assertEquals(Set.of(), KAIROS.stream().filter(c -> MavenModule.of(c).isEmpty()).map(JavaClass::getName)
                .collect(Collectors.toSet()), "classes whose module is unknown");
    }

    @Test
    void packages_are_free_of_cycles() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(KAIROS);
    }

    @Test
    void no_module_uses_the_internal_packages_of_another() {
        ArchitectureRules.NO_OTHER_MODULES_INTERNALS.check(KAIROS);
    }
}
