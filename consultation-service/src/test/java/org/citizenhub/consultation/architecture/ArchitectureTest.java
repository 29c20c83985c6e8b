package org.citizenhub.consultation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's shape: feature packages without cycles, and a domain (the aggregate, its phases, states and named
 * policies) that knows no framework, no HTTP, no SQL and no JSON library. Rules by package, not lists of classes.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizenhub.consultation");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.citizenhub.consultation.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_domain_depends_on_no_framework_and_no_other_feature() {
        // package-info only names the package for Spring Modulith
        noClasses().that().resideInAPackage("..consultation.cases.domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..", "org.citizenhub.web..",
                        "org.citizenhub.events..", "org.citizenhub.consultation.rules..",
                        "org.citizenhub.consultation.notification..")
                .check(CLASSES);
    }

    @Test
    void the_domain_does_not_reach_back_into_its_application_and_web_layer() {
        noClasses().that().resideInAPackage("..consultation.cases.domain..")
                .should().dependOnClassesThat().resideInAPackage("org.citizenhub.consultation.cases")
                .check(CLASSES);
    }
}
