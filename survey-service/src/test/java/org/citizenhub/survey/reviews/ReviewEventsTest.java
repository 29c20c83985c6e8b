package org.citizenhub.survey.reviews;

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

/** The results-published payload and its published JSON schema name the same fields; type and topic well formed. */
class ReviewEventsTest {

    @Test
    void the_results_published_schema_lists_the_payloads_fields_down_to_each_department() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/events/survey.review.results-published.v1.schema.json")) {
            JsonNode schema = JsonMapper.builder().build().readTree(in);
            assertThat(names(schema.get("properties"))).isEqualTo(components(ReviewEvents.ResultsPublished.Data.class));
            assertThat(names(schema.get("properties").get("departments").get("items").get("properties")))
                    .isEqualTo(components(ReviewEvents.ResultsPublished.Department.class));
        }
        assertThat(EventTypes.TYPE.matcher(ReviewEvents.ResultsPublished.TYPE).matches()).isTrue();
        assertThat(EventTypes.TOPIC.matcher(ReviewEvents.TOPIC).matches()).isTrue();
    }

    private static List<String> names(JsonNode properties) {
        var names = new ArrayList<String>(properties.propertyNames());
        names.sort(null);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
    }
}
