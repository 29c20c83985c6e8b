package org.citizenhub.mailbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The aggregate and its value objects decide the rules; they must not lean on Spring, HTTP or SQL. */
class DomainIsFreeOfFrameworksTest {

    @Test
    void letters_aggregate_and_value_objects_depend_on_no_framework() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.mailbox");
        noClasses().that().haveSimpleNameStartingWith("Letter").and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Submission")
                .and().haveSimpleNameNotEndingWith("Request").and().haveSimpleNameNotEndingWith("View")
                .and().resideInAPackage("..letter..")
                .or().haveSimpleName("TrackingNumber").or().haveSimpleName("QueryCode")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..")
                .check(classes);
    }
}
