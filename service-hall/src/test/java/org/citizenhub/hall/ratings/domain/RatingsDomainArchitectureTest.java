package org.citizenhub.hall.ratings.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ratings' domain knows no framework, no HTTP, no SQL and no JSON library, and not its application layer. */
class RatingsDomainArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizenhub.hall.ratings");

    @Test
    void the_domain_depends_on_no_framework_and_not_on_its_application_layer() {
        noClasses().that().resideInAPackage("..hall.ratings.domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..", "org.citizenhub.web..",
                        "org.citizenhub.events..", "org.citizenhub.hall.ratings")
                .check(CLASSES);
    }
}
