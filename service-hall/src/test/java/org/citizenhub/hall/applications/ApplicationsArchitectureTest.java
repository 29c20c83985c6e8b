package org.citizenhub.hall.applications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The application's domain decides without Spring, HTTP, JDBC or JSON, and knows no catalogue type. */
class ApplicationsArchitectureTest {

    @Test
    void the_domain_knows_no_framework_and_no_catalogue() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.hall.applications.domain");
        noClasses().that().resideInAPackage("..applications.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..", "org.citizenhub.web..",
                        "org.citizenhub.hall.catalogue..")
                .check(classes);
    }
}
