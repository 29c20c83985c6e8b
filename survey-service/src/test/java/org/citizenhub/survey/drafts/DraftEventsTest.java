package org.citizenhub.survey.drafts;

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
class DraftEventsTest {

    private static JsonNode schema(String name) throws Exception {
        try (InputStream in = DraftEventsTest.class.getResourceAsStream("/events/" + name)) {
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
    void every_draft_event_schema_lists_its_payloads_fields_and_no_personal_data() throws Exception {
        assertThat(properties(schema("survey.draft.opened.v1.schema.json")))
                .isEqualTo(fields(DraftEvents.Opened.Data.class));
        assertThat(properties(schema("survey.draft.closed.v1.schema.json")))
                .isEqualTo(fields(DraftEvents.Closed.Data.class));
        assertThat(properties(schema("survey.draft.feedback-published.v1.schema.json")))
                .isEqualTo(fields(DraftEvents.FeedbackPublished.Data.class))
                .doesNotContain("text", "author", "comments");
        for (String type : List.of(DraftEvents.Opened.TYPE, DraftEvents.Closed.TYPE,
                DraftEvents.FeedbackPublished.TYPE)) {
            assertThat(EventTypes.TYPE.matcher(type).matches()).as(type).isTrue();
        }
        assertThat(EventTypes.TOPIC.matcher(DraftEvents.TOPIC).matches()).isTrue();
    }
}
