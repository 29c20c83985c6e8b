package org.citizenhub.survey.surveys.results;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The tallies and the renderers are plain Java: no Spring, no servlet, no JDBC, so they are tested without a server. */
class ResultsArchitectureTest {

    private static final JavaClasses RESULTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.citizenhub.survey.surveys.results");

    @Test
    void the_tallies_and_renderers_know_no_framework_and_no_http() {
        noClasses().that().resideInAnyPackage("..surveys.results.domain..", "..surveys.results.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "org.citizenhub.web..")
                .check(RESULTS);
    }

    @Test
    void the_tallies_do_not_depend_on_how_they_are_rendered() {
        noClasses().that().resideInAPackage("..surveys.results.domain..")
                .should().dependOnClassesThat().resideInAPackage("..surveys.results.render..")
                .check(RESULTS);
    }
}
