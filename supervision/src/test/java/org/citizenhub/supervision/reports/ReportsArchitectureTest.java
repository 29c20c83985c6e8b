package org.citizenhub.supervision.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reports' arithmetic knows no framework, no HTTP and no SQL: it can be read and tested on its own. */
class ReportsArchitectureTest {

    @Test
    void the_reports_domain_is_free_of_spring_http_and_jdbc() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.supervision.reports.domain");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                "java.sql..", "org.citizenhub.web..").check(classes);
    }
}
