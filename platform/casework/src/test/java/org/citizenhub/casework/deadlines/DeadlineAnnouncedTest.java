package org.citizenhub.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.events.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeadlineAnnouncedTest {

    private static final WorkingTime TIME = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-25T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final CaseRef letter = new CaseRef("mailbox", "letter", UUID.randomUUID().toString(),
            new TrackingNumber("ML20260212000042"), "D-TRANSPORT");
    private final CaseDeadline reply = CaseDeadline.fresh("reply", DeadlineClock.start(
            DeadlineRule.of("letter-reply", 3), Instant.parse("2026-02-12T02:00:00Z"), "handler-1", TIME));

    @Test
    void an_overdue_announcement_is_a_cloud_event_of_the_shared_type_on_the_shared_topic_keyed_by_tracking_number() {
        var event = DeadlineAnnounced.of(letter, reply, DeadlineAnnounced.Kind.OVERDUE, clock.instant(), clock);

        assertThat(event.metadata().type()).isEqualTo("gov.hub.casework.deadline.overdue.v1");
        assertThat(event.metadata().topic()).isEqualTo("gov.hub.casework.deadlines");
        assertThat(event.metadata().key()).isEqualTo("ML20260212000042");
        assertThat(event.metadata().subject()).isEqualTo("ML20260212000042");
        assertThat(event.metadata().source()).hasToString("/citizen-hub/mailbox-service");
        assertThat(event.kind()).isEqualTo(DeadlineAnnounced.Kind.OVERDUE);
        assertThat(EventTypes.isValidType(DeadlineAnnounced.DUE_SOON_TYPE)).isTrue();
        assertThat(EventTypes.isValidTopic(DeadlineAnnounced.TOPIC)).isTrue();
    }

    @Test
    void the_data_names_the_case_the_clock_and_its_rule_in_shanghai_time_and_nothing_else() {
        var event = DeadlineAnnounced.of(letter,
                new CaseDeadlines.Due(reply, DeadlineAnnounced.Kind.DUE_SOON), clock.instant(), clock);
        var d = event.data();

        assertThat(event.metadata().type()).isEqualTo("gov.hub.casework.deadline.due-soon.v1");
        assertThat(d.service()).isEqualTo("mailbox");
        assertThat(d.caseType()).isEqualTo("letter");
        assertThat(d.caseId()).isEqualTo(letter.caseId());
        assertThat(d.trackingNumber()).isEqualTo("ML20260212000042");
        assertThat(d.department()).isEqualTo("D-TRANSPORT");
        assertThat(d.deadline()).isEqualTo("reply");
        assertThat(d.rule()).isEqualTo("letter-reply");
        assertThat(d.dueAt().toInstant()).isEqualTo(reply.clock().dueAt());
        assertThat(d.dueAt().getOffset()).hasToString("+08:00");
        assertThat(d.occurredAt()).hasToString("2026-02-25T09:00+08:00");
        assertThat(d.site()).isNull();
        assertThat(d.handlingSite()).isNull();
    }

    @Test
    void a_case_of_one_site_handled_under_another_names_both_sites() {
        var event = DeadlineAnnounced.of(letter.withSites("GOV", "DONGCHENG"), reply, DeadlineAnnounced.Kind.OVERDUE,
                clock.instant(), clock);

        assertThat(event.data().site()).isEqualTo("GOV");
        assertThat(event.data().handlingSite()).isEqualTo("DONGCHENG");
        assertThat(event.data().department()).isEqualTo("D-TRANSPORT");
    }

    @Test
    void the_published_schema_describes_exactly_the_data_and_the_data_satisfies_its_patterns() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/events/casework.deadline.v1.schema.json")) {
            schema = JSON.readTree(in);
        }
        var event = DeadlineAnnounced.of(letter, reply, DeadlineAnnounced.Kind.DUE_SOON, clock.instant(), clock);
        JsonNode data = JSON.readTree(JSON.writeValueAsString(event.data()));

        List<String> components = Arrays.stream(DeadlineAnnounced.Data.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>(schema.path("properties").propertyNames());
        assertThat(properties).containsExactlyInAnyOrderElementsOf(components);
        assertThat(new ArrayList<>(data.propertyNames())).containsExactlyInAnyOrderElementsOf(components);
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        for (JsonNode required : schema.path("required")) {
            assertThat(data.path(required.asString()).isNull()).as(required.asString()).isFalse();
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode pattern = property.getValue().path("pattern");
            if (pattern.isString()) {
                assertThat(data.path(property.getKey()).asString()).as(property.getKey())
                        .matches(pattern.asString());
            }
        }
        assertThat(data.path("dueAt").asString()).endsWith("+08:00");
    }

    @Test
    void a_case_reference_refuses_what_is_not_a_name_and_drops_a_blank_department() {
        var tn = new TrackingNumber("ZX20260212000001");
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseRef("Mailbox", "letter", "1", tn, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseRef("mailbox", "letter", " ", tn, null));
        assertThat(new CaseRef("consultation", "complaint", "1", tn, " ").department()).isNull();
    }
}
