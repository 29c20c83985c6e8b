package org.citizenhub.identity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The directory's and profiles' domain values decide the rules; they must not lean on Spring, HTTP or SQL. */
class DomainIsFreeOfFrameworksTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizenhub.identity");

    @Test
    void departments_sites_and_profiles_depend_on_no_framework() {
        noClasses().that().haveSimpleName("Department").or().haveSimpleName("DepartmentCode")
                .or().haveSimpleName("DepartmentKind").or().haveSimpleName("CitizenProfile")
                .or().haveSimpleName("PhoneNumber").or().haveSimpleName("NotificationPreferences")
                .or().haveSimpleName("SiteCode").or().haveSimpleName("SiteDetails").or().haveSimpleName("StoredSite")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void the_directory_and_staff_assignment_know_nothing_of_citizen_profiles() {
        noClasses().that().resideInAnyPackage("..identity.directory..", "..identity.staff..")
                .should().dependOnClassesThat().resideInAPackage("..identity.profile..")
                .check(classes);
    }
}
