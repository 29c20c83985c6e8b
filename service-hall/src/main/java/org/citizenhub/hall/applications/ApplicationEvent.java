package org.citizenhub.hall.applications;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * {@code gov.hub.hall.application.<event>.v1} on topic {@value #TOPIC}: submitted, accepted, correction-requested,
 * decided, result-issued. One payload shape (schema: resources/events/hall.application.v1.schema.json); no form data
 * and no personal data — numbers, codes, departments, outcomes and deadlines only. Due-soon and overdue go out as the
 * shared {@code gov.hub.casework.deadline.*} events, keyed by the casework tracking number given here.
 *
 * @param outcome decided: GRANTED, REFUSED or NOT_ACCEPTED; otherwise null
 * @param deemed  accepted: whether by 行政许可法 第三十二条 (nobody told the applicant within five working days)
 */
public record ApplicationEvent(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TOPIC = "gov.hub.hall.application";
    public static final URI SOURCE = URI.create("/citizen-hub/service-hall");

    public record Data(UUID applicationId, String number, String trackingNumber, String implementationCode,
                       String event, String status, String acceptingDepartment, List<String> departments,
                       Boolean deemed, String outcome, Integer issues, OffsetDateTime dueAt, String licenceNumber,
                       OffsetDateTime occurredAt, String site) {
    }

    public static String type(String event) {
        return "gov.hub.hall.application." + event + ".v1";
    }
}
