package org.citizenhub.supervision.notices;

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

/** Every notice event's schema names the payload's fields and no personal data; types and topic are well formed. */
class NoticeEventsTest {

    private static final List<String> TYPES = List.of(NoticeEvents.ISSUED, NoticeEvents.REPLIED,
            NoticeEvents.ACCEPTED, NoticeEvents.RETURNED, NoticeEvents.ESCALATED);

    private static JsonNode schema(String type) throws Exception {
        String file = "/events/" + type.substring("gov.hub.".length()) + ".schema.json";
        try (InputStream in = NoticeEventsTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void every_notice_event_schema_lists_the_payloads_fields_and_no_text_or_person() throws Exception {
        List<String> fields = Arrays.stream(NoticeEvents.Data.class.getRecordComponents())
                .map(RecordComponent::getName).sorted().toList();
        for (String type : TYPES) {
            assertThat(EventTypes.isValidType(type)).as(type).isTrue();
            JsonNode schema = schema(type);
            assertThat(schema.get("title").asString()).isEqualTo(type);
            var names = new ArrayList<String>(schema.get("properties").propertyNames());
            names.sort(null);
            assertThat(names).as(type).isEqualTo(fields)
                    .doesNotContain("measures", "comment", "text", "issuedBy", "actor");
        }
        assertThat(EventTypes.isValidTopic(NoticeEvents.TOPIC)).isTrue();
    }
}
