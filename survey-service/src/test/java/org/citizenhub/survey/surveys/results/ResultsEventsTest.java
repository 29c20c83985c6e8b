package org.citizenhub.survey.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.citizenhub.events.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The results-published payload and its JSON schema name the same fields; type and topic are well formed. */
class ResultsEventsTest {

    @Test
    void the_results_published_schema_lists_the_payloads_fields_and_requires_them_all() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(
                "/events/survey.survey.results-published.v1.schema.json")) {
            var schema = JsonMapper.builder().build().readTree(in);
            var names = new ArrayList<String>(schema.get("properties").propertyNames());
            names.sort(null);
            List<String> fields = Arrays.stream(ResultsEvents.ResultsPublished.Data.class.getRecordComponents())
                    .map(RecordComponent::getName).sorted().toList();
            assertThat(names).isEqualTo(fields);
            var required = new ArrayList<String>();
            schema.get("required").forEach(n -> required.add(n.asString()));
            assertThat(required).containsExactlyInAnyOrderElementsOf(fields);
        }
        assertThat(EventTypes.TYPE.matcher(ResultsEvents.ResultsPublished.TYPE).matches()).isTrue();
        assertThat(EventTypes.TOPIC.matcher(ResultsEvents.TOPIC).matches()).isTrue();
    }

    @Test
    void the_event_is_keyed_by_the_survey_and_points_to_the_public_results() {
        String id = UUID.randomUUID().toString();
        var event = ResultsEvents.ResultsPublished.of(id, "GOV", "D-TRANSPORT", 5, List.of("commute"),
                OffsetDateTime.now(), Clock.systemUTC());
        assertThat(event.metadata().key()).isEqualTo(id);
        assertThat(event.data().resultsPath()).isEqualTo("/public/surveys/" + id + "/results");
    }
}
