package org.citizenhub.mailbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The aggregate and its value objects decide the rules; they must not lean on Spring, HTTP or SQL. */
class DomainIsFreeOfFrameworksTest {

    private static final String[] DOMAIN = {
        "org.citizenhub.mailbox.letter.Letter", "org.citizenhub.mailbox.letter.LetterStatus",
        "org.citizenhub.mailbox.letter.LetterChange", "org.citizenhub.mailbox.letter.LetterCategory",
        "org.citizenhub.mailbox.letter.LetterStateException", "org.citizenhub.mailbox.letter.LetterAccessDenied",
        "org.citizenhub.mailbox.letter.Actor", "org.citizenhub.mailbox.letter.Rating",
        "org.citizenhub.mailbox.letter.NotAcceptedReason", "org.citizenhub.mailbox.letter.ContactChannel",
        "org.citizenhub.mailbox.letter.TrackingNumber", "org.citizenhub.mailbox.letter.QueryCode"
    };

    @Test
    void letters_aggregate_and_value_objects_depend_on_no_framework() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.mailbox");
        noClasses().that().haveFullyQualifiedName(DOMAIN[0])
                .or(com.tngtech.archunit.base.DescribedPredicate.describe("a domain type",
                        (com.tngtech.archunit.core.domain.JavaClass c) ->
                                java.util.Arrays.stream(DOMAIN).anyMatch(name -> c.getName().equals(name)
                                        || c.getName().startsWith(name + "$"))))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "tools.jackson..")
                .check(classes);
    }
}
