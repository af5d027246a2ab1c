package dev.kairos.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a class file is, and the module {@link MavenModule} reads from it. */
class MavenModuleTest {
    @Test
    void the_module_is_read_from_the_class_files_location() {
        Map<String, Optional<String>> cases = new LinkedHashMap<>();
        cases.put("file:/src/kairos/scheduler-core/target/classes/dev/kairos/Session.class", Optional.of("scheduler-core"));
        cases.put("file:/src/kairos/scheduler-core/target/classes/", Optional.of("scheduler-core"));
        cases.put("file:/src/kairos/loaders/target/test-classes/dev/kairos/loaders/X.class", Optional.of("loaders"));
        cases.put("file:/src/my%20target/cli/target/classes/dev/kairos/cli/Main.class", Optional.of("cli"));
        cases.put("file:/src/kairos/examples/spring-boot/target/classes/dev/kairos/examples/boot/Warehouse.class",
                Optional.of("spring-boot"));
        cases.put("jar:file:/src/kairos/condition-language/target/kairos-condition-language-0.1.0-SNAPSHOT.jar!/dev/kairos/condition/Condition.class",
                Optional.of("condition-language"));
        cases.put("jar:file:/home/u/.m2/repository/dev/kairos/kairos-loaders/0.1.0-SNAPSHOT/kairos-loaders-0.1.0-20240101.120000-3.jar!/a/B.class",
                Optional.of("loaders"));
        cases.put("jar:file:/home/u/.m2/repository/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar!/org/antlr/v4/runtime/Token.class",
                Optional.of("antlr4-runtime"));
        cases.put("jrt:/java.base/java/lang/Object.class", Optional.of("java.base"));
        cases.put("file:/tmp/Loose.class", Optional.empty());
        cases.put("jar:file:/opt/lib/some.jar!/a/B.class", Optional.empty());

        cases.forEach((uri, module) -> assertEquals(module, MavenModule.of(URI.create(uri)), uri));
    }
}
