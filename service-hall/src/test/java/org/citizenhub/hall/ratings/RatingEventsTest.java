package org.citizenhub.hall.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.citizenhub.events.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each event's payload record and its published JSON schema name the same fields; types and topic are well formed. */
class RatingEventsTest {

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = RatingEventsTest.class.getResourceAsStream("/events/" + name)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
    }

    private static List<String> properties(JsonNode schema) {
        var names = new ArrayList<String>(schema.get("properties").propertyNames());
        names.sort(null);
        return names;
    }

    @Test
    void the_rating_given_schema_lists_the_payloads_fields() throws Exception {
        assertThat(properties(schema("hall.rating.given.v1.schema.json")))
                .isEqualTo(fields(RatingEvents.RatingGiven.Data.class));
        assertThat(EventTypes.TYPE.matcher(RatingEvents.RatingGiven.TYPE).matches()).isTrue();
        assertThat(EventTypes.TOPIC.matcher(RatingEvents.TOPIC).matches()).isTrue();
    }

    @Test
    void the_rectification_opened_schema_lists_the_payloads_fields() throws Exception {
        assertThat(properties(schema("hall.rectification.opened.v1.schema.json")))
                .isEqualTo(fields(RatingEvents.RectificationOpened.Data.class));
        assertThat(EventTypes.TYPE.matcher(RatingEvents.RectificationOpened.TYPE).matches()).isTrue();
    }

    @Test
    void the_rectification_completed_schema_lists_the_payloads_fields() throws Exception {
        assertThat(properties(schema("hall.rectification.completed.v1.schema.json")))
                .isEqualTo(fields(RatingEvents.RectificationCompleted.Data.class));
        assertThat(EventTypes.TYPE.matcher(RatingEvents.RectificationCompleted.TYPE).matches()).isTrue();
    }
}
