package org.citizenhub.mailbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.citizenhub.mailbox.letter.Letter;
import org.junit.jupiter.api.Test;

/**
 * The aggregate and its value objects decide the rules; they must not lean on Spring, HTTP, SQL or JSON. The
 * domain is found, not listed: {@link Letter} and every type of the service it reaches, directly or not.
 */
class DomainIsFreeOfFrameworksTest {

    private static final String SERVICE = "org.citizenhub.mailbox";

    @Test
    void the_letter_aggregate_and_everything_it_uses_depend_on_no_framework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVICE);
        Set<String> domain = reachableFrom(classes.get(Letter.class));

        noClasses().that(DescribedPredicate.describe("the letter domain",
                        (JavaClass c) -> domain.contains(c.getName())))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "javax.sql..", "tools.jackson..")
                .check(classes);
    }

    private static Set<String> reachableFrom(JavaClass start) {
        Set<String> seen = new HashSet<>();
        var queue = new ArrayDeque<JavaClass>();
        queue.add(start);
        while (!queue.isEmpty()) {
            JavaClass next = queue.poll();
            if (!seen.add(next.getName())) {
                continue;
            }
            for (Dependency dependency : next.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith(SERVICE) && !seen.contains(target.getName())) {
                    queue.add(target);
                }
            }
        }
        return seen;
    }
}
