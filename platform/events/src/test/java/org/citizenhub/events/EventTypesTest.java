package org.citizenhub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {"gov.hub.mailbox.letter.submitted.v1", "gov.hub.service-hall.application.pre-reviewed.v12",
            "gov.hub.consultation.error-report.answered.v2"})
    void types_name_service_entity_event_and_version(String type) {
        assertThat(EventTypes.isValidType(type)).isTrue();
        assertThat(EventTypes.requireValidType(type)).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gov.hub.mailbox.letter.submitted", "gov.hub.mailbox.letter.submitted.V1",
            "gov.hub.Mailbox.letter.submitted.v1", "org.example.mailbox.letter.submitted.v1",
            "gov.hub.mailbox.letter.submitted.v1.extra", "gov.hub.mailbox.letter_submitted.v1",
            "gov.hub.mailbox.letter.submitted.v", "gov.hub.mailbox.letter.submitted.v1 "})
    void anything_else_is_not_an_event_type(String type) {
        assertThat(EventTypes.isValidType(type)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.requireValidType(type))
                .withMessageContaining("gov.hub.<service>.<entity>.<event>.v<N>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gov.hub.mailbox.letter", "gov.hub.service-hall.application"})
    void topics_name_service_and_entity(String topic) {
        assertThat(EventTypes.isValidTopic(topic)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gov.hub.mailbox", "gov.hub.mailbox.letter.submitted.v1", "letters", "gov.hub.Mailbox.letter"})
    void anything_else_is_not_a_topic(String topic) {
        assertThat(EventTypes.isValidTopic(topic)).isFalse();
    }
}
