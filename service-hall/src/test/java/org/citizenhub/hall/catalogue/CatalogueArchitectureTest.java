package org.citizenhub.hall.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalogue's domain decides without Spring, HTTP, JDBC or JSON: those stay in the feature's outer classes. */
class CatalogueArchitectureTest {

    @Test
    void the_domain_knows_no_framework() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.hall.catalogue.domain");
        noClasses().that().resideInAPackage("..catalogue.domain..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..", "org.citizenhub.web..")
                .check(classes.that(JavaClass.Predicates.resideInAPackage("..catalogue.domain..")));
    }
}
