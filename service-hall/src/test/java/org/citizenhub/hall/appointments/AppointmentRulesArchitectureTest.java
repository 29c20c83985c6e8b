package org.citizenhub.hall.appointments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The appointment rules stay plain Java, and the events' payload is what their schemas document. */
class AppointmentRulesArchitectureTest {

    @Test
    void the_domain_knows_no_spring_no_sql_and_no_http() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citizenhub.hall.appointments.domain");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta..", "org.citizenhub.web..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void every_event_schema_lists_exactly_the_payload_fields() throws Exception {
        List<String> fields = Arrays.stream(AppointmentEvent.Data.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        for (String event : List.of("booked", "cancelled", "no-show")) {
            try (InputStream in = getClass().getResourceAsStream("/events/appointment." + event + ".v1.schema.json")) {
                var schema = JsonMapper.builder().build().readTree(in);
                var names = new ArrayList<String>();
                schema.get("properties").propertyNames().forEach(names::add);
                assertThat(names).as(event).containsExactlyInAnyOrderElementsOf(fields);
                assertThat(schema.get("title").asString()).isEqualTo(AppointmentEvent.type(event));
            }
        }
    }
}
