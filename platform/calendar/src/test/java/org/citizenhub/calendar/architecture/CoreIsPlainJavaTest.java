package org.citizenhub.calendar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The calendar core is usable from any Java code: no Spring, no Kafka, no servlet API, no system clock. */
@AnalyzeClasses(packages = "org.citizenhub.calendar", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsPlainJavaTest {

    @ArchTest
    static final ArchRule the_core_does_not_depend_on_frameworks = noClasses()
            .that().resideInAPackage("org.citizenhub.calendar")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "jakarta..");

    @ArchTest
    static final ArchRule the_core_never_reads_the_system_clock_or_default_zone = noClasses()
            .that().resideInAPackage("org.citizenhub.calendar")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone");
}
