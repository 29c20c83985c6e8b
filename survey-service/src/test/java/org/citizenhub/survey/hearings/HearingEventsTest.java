package org.citizenhub.survey.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;

import org.citizenhub.events.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The seats-drawn payload and its published JSON schema name the same fields; type and topic are well formed. */
class HearingEventsTest {

    @Test
    void the_seats_drawn_schema_lists_the_payloads_fields() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/events/survey.hearing.seats-drawn.v1.schema.json")) {
            var names = new ArrayList<String>(JsonMapper.builder().build().readTree(in).get("properties")
                    .propertyNames());
            names.sort(null);
            assertThat(names).isEqualTo(Arrays.stream(HearingEvents.SeatsDrawn.Data.class.getRecordComponents())
                    .map(RecordComponent::getName).sorted().toList());
        }
        assertThat(EventTypes.TYPE.matcher(HearingEvents.SeatsDrawn.TYPE).matches()).isTrue();
        assertThat(EventTypes.TOPIC.matcher(HearingEvents.TOPIC).matches()).isTrue();
    }
}
