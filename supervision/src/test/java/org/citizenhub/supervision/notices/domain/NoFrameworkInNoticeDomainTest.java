package org.citizenhub.supervision.notices.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** 督办's rules stay plain Java: no Spring, no HTTP, no SQL, no web library in the domain. */
class NoFrameworkInNoticeDomainTest {

    @Test
    void the_notice_domain_knows_no_framework() {
        var domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.supervision.notices.domain");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "org.citizenhub.web..", "tools.jackson..", "com.fasterxml..")
                .check(domain);
    }
}
