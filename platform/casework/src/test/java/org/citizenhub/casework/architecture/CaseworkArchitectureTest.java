package org.citizenhub.casework.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The case values a service's aggregate holds stay plain Java, so its domain stays free of Spring; the module's
 * packages do not depend on each other in a circle; nothing reads the system clock behind the service's back.
 */
@AnalyzeClasses(packages = "org.citizenhub.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class CaseworkArchitectureTest {

    /** Records (value objects) other than configuration properties, and the deadline and query-code values. */
    private static final DescribedPredicate<JavaClass> CASE_VALUES = DescribedPredicate.describe(
            "case values (records except *Properties, CaseDeadlines, QueryCode)",
            c -> (c.isRecord() && !c.getSimpleName().endsWith("Properties"))
                    || c.getSimpleName().equals("CaseDeadlines") || c.getSimpleName().equals("QueryCode"));

    @ArchTest
    static final ArchRule case_values_do_not_depend_on_spring = noClasses()
            .that(CASE_VALUES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.citizenhub.casework.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule time_comes_from_an_injected_clock = noClasses()
            .that().resideInAnyPackage("org.citizenhub.casework.actor", "org.citizenhub.casework.tracking",
                    "org.citizenhub.casework.history", "org.citizenhub.casework.submission",
                    "org.citizenhub.casework.deadlines")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");
}
