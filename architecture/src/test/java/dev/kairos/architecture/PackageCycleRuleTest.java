package dev.kairos.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** {@link ArchitectureRules#NO_PACKAGE_CYCLES} on fixture packages made to break it, or not. */
class PackageCycleRuleTest {
    private static final String FIXTURE = "dev.kairos.architecture.fixture";

    @Test
    void two_packages_using_each_other_are_reported_as_one_cycle_and_a_one_way_user_is_not() {
        EvaluationResult result = ArchitectureRules.NO_PACKAGE_CYCLES.evaluate(imported(FIXTURE + ".cycle"));

        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString().replaceAll("\\s+", " ");
        assertEquals(1, report.split("Cycle detected").length - 1, report);
        assertTrue(report.contains("Cycle detected: Slice " + FIXTURE + ".cycle.a -> Slice " + FIXTURE + ".cycle.b -> Slice "
                + FIXTURE + ".cycle.a"), report);
        assertFalse(report.contains(FIXTURE + ".cycle.c"), report);
    }

    @Test
    void packages_that_use_each_other_one_way_only_pass() {
        assertFalse(ArchitectureRules.NO_PACKAGE_CYCLES.evaluate(imported(FIXTURE + ".modules")).hasViolation());
    }

    @Test
    void relocated_third_party_code_is_left_out_even_with_a_cycle_of_its_own() {
        JavaClasses relocated = imported(FIXTURE + ".relocated");
        assertTrue(slices().matching(FIXTURE + ".relocated.(**)").should().beFreeOfCycles().evaluate(relocated).hasViolation(),
                "the fixture has a cycle");

        assertFalse(ArchitectureRules.NO_PACKAGE_CYCLES.evaluate(imported(FIXTURE + ".relocated", FIXTURE + ".modules"))
                .hasViolation());
    }

    private static JavaClasses imported(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }
}
