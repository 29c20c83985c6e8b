package org.citizenhub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventMetadataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:30:15.123456Z"), ZoneId.of("Asia/Shanghai"));
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private Supplier<String> source;

    @AfterEach
    void releaseTraceSource() {
        if (source != null) {
            Traceparents.release(source);
        }
    }

    @Test
    void created_metadata_has_a_random_uuid_and_the_clocks_time_in_shanghai() {
        EventMetadata metadata = create();

        assertThat(UUID.fromString(metadata.id())).isNotNull();
        assertThat(create().id()).isNotEqualTo(metadata.id());
        assertThat(metadata.time()).isEqualTo(OffsetDateTime.of(2026, 11, 23, 14, 30, 15, 123_000_000, ZoneOffset.ofHours(8)));
        assertThat(metadata.type()).isEqualTo("gov.hub.mailbox.letter.submitted.v1");
        assertThat(metadata.topic()).isEqualTo("gov.hub.mailbox.letter");
        assertThat(metadata.key()).isEqualTo("L-20261123-0001");
    }

    @Test
    void the_current_traceparent_is_captured_when_the_event_is_created() {
        source = () -> TRACEPARENT;
        Traceparents.use(source);

        assertThat(create().traceparent()).isEqualTo(TRACEPARENT);
    }

    @Test
    void without_a_trace_there_is_no_traceparent() {
        assertThat(create().traceparent()).isNull();
    }

    @Test
    void a_misbehaving_trace_source_never_prevents_an_event() {
        source = () -> {
            throw new IllegalStateException("tracer not ready");
        };
        Traceparents.use(source);

        assertThat(create().traceparent()).isNull();
    }

    @Test
    void a_badly_named_type_or_topic_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventMetadata.create("LetterSubmitted",
                URI.create("/citizen-hub/mailbox-service"), null, "gov.hub.mailbox.letter", null, CLOCK));
        assertThatIllegalArgumentException().isThrownBy(() -> EventMetadata.create(
                "gov.hub.mailbox.letter.submitted.v1", URI.create("/citizen-hub/mailbox-service"), null,
                "letters", null, CLOCK));
    }

    @Test
    void an_event_survives_the_json_round_trip_of_the_outbox() {
        source = () -> TRACEPARENT;
        Traceparents.use(source);
        LetterSubmitted event = LetterSubmitted.of("L-20261123-0001", CLOCK);
        JsonMapper json = JsonMapper.builder().build();

        LetterSubmitted read = json.readValue(json.writeValueAsString(event), LetterSubmitted.class);

        assertThat(read.metadata()).isEqualTo(event.metadata());
        assertThat(read.data().trackingNumber()).isEqualTo("L-20261123-0001");
        assertThat(read.data().submittedAt()).isAtSameInstantAs(event.data().submittedAt());
    }

    @Test
    void trace_ids_are_formatted_as_w3c_traceparents() {
        assertThat(Traceparents.format("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true)).isEqualTo(TRACEPARENT);
        assertThat(Traceparents.format("a3ce929d0e0e4736", "00f067aa0ba902b7", false))
                .isEqualTo("00-0000000000000000a3ce929d0e0e4736-00f067aa0ba902b7-00");
        assertThat(Traceparents.format("not-hex", "00f067aa0ba902b7", true)).isNull();
        assertThat(Traceparents.isValid("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isFalse();
    }

    private static EventMetadata create() {
        return EventMetadata.create("gov.hub.mailbox.letter.submitted.v1", URI.create("/citizen-hub/mailbox-service"),
                "L-20261123-0001", "gov.hub.mailbox.letter", "L-20261123-0001", CLOCK);
    }
}
