package org.citizenhub.survey.surveys;

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

/** Each event's payload record and its published JSON schema name the same fields, none of them personal. */
class SurveyEventsTest {

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = SurveyEventsTest.class.getResourceAsStream("/events/" + name)) {
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
    void the_survey_events_match_their_schemas_and_carry_counts_only() throws Exception {
        assertThat(properties(schema("survey.survey.opened.v1.schema.json")))
                .isEqualTo(fields(SurveyEvents.Opened.Data.class));
        assertThat(properties(schema("survey.survey.closed.v1.schema.json")))
                .isEqualTo(fields(SurveyEvents.Closed.Data.class))
                .doesNotContain("respondent", "answers", "subject");
        for (String type : List.of(SurveyEvents.Opened.TYPE, SurveyEvents.Closed.TYPE)) {
            assertThat(EventTypes.TYPE.matcher(type).matches()).as(type).isTrue();
        }
        assertThat(EventTypes.TOPIC.matcher(SurveyEvents.TOPIC).matches()).isTrue();
    }
}
