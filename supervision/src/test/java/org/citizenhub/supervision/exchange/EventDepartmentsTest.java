package org.citizenhub.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventDepartmentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void every_department_an_event_names_counts_whatever_the_service_calls_it() {
        assertThat(EventDepartments.of(JSON.readTree("""
                {"acceptingDepartment":"D-A","departments":["D-A","D-B"],"coDepartments":["D-C"],
                 "fromDepartment":"D-OLD","department":null}"""))).containsExactly("D-A", "D-OLD", "D-B", "D-C");
        assertThat(EventDepartments.of(JSON.readTree("""
                {"departments":[{"department":"D-X","ratings":3}],"ownerDepartment":"D-Y"}""")))
                .containsExactly("D-Y", "D-X");
        assertThat(EventDepartments.of(JSON.readTree("{\"trackingNumber\":\"X1\"}"))).isEmpty();
    }
}
