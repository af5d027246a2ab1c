package dev.kairos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The two rules of the code's structure, written once: applied to the real modules by
 * {@link KairosArchitectureTest} and to deliberate violations by the fixture tests.
 */
final class ArchitectureRules {
    /** The project's packages. */
    static final String ROOT = "dev.kairos";

    /** Every package of {@link #ROOT} is its own slice, and no two slices depend on each other both ways, directly or not. */
    static final ArchRule NO_PACKAGE_CYCLES = noPackageCycles(ROOT);

    /** A class uses a class of an {@code internal} package only if both come from the same Maven module. */
    static final ArchRule NO_OTHER_MODULES_INTERNALS = classes()
            .should(useOnlyTheInternalPackagesOfTheirOwnModule())
            .as("classes should use the internal packages (….internal, ….internal.…) of their own Maven module only");

    private ArchitectureRules() {
    }

    /**
     * Packages under {@code root} (itself included), each its own slice, free of cycles. Relocated third-party
     * code (any package under {@code ….internal.shaded}) is left out: it is not ours to arrange.
     */
    static ArchRule noPackageCycles(String root) {
        return slices().assignedFrom(eachPackageUnder(root)).should().beFreeOfCycles();
    }

    /** Whether a package is internal: one of its segments is {@code internal}. */
    static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }

    /** Whether a package holds third-party code relocated by the shade plugin (under {@code ….internal.shaded}). */
    static boolean isRelocated(String packageName) {
        return ("." + packageName + ".").contains(".internal.shaded.");
    }

    private static SliceAssignment eachPackageUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                boolean ours = name.equals(root) || name.startsWith(root + ".");
                return ours && !isRelocated(name) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each package of " + root + ".. (relocated third-party code under ….internal.shaded left out)";
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyTheInternalPackagesOfTheirOwnModule() {
        return new ArchCondition<>("use the internal packages of their own Maven module only") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = MavenModule.of(origin);
                Map<JavaClass, Dependency> firstUse = new LinkedHashMap<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (isInternal(target.getPackageName()) && (from.isEmpty() || !from.equals(MavenModule.of(target)))) {
                        firstUse.merge(target, dependency, ArchitectureRules::earlierLine);
                    }
                }
                firstUse.forEach((target, use) -> events.add(SimpleConditionEvent.violated(use, String.format(
                        "%s (%s) uses %s, internal to %s, at %s:%d",
                        origin.getName(), moduleName(from), target.getName(), moduleName(MavenModule.of(target)),
                        use.getSourceCodeLocation().getSourceFileName(), use.getSourceCodeLocation().getLineNumber()))));
            }
        };
    }

    /** The use to show: the first with a line number (a field's or a signature's type has line 0). */
    private static Dependency earlierLine(Dependency a, Dependency b) {
        int lineA = a.getSourceCodeLocation().getLineNumber();
        int lineB = b.getSourceCodeLocation().getLineNumber();
        return lineA == 0 || (lineB != 0 && lineB < lineA) ? b : a;
    }

    private static String moduleName(Optional<String> module) {
        return module.orElse("an unknown location");
    }
}
