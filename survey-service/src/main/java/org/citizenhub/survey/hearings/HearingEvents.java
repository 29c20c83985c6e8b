package org.citizenhub.survey.hearings;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * The hearings' events on topic {@value #TOPIC}, keyed by the hearing id. No personal data: counts and the public
 * seed only. Schema: resources/events/survey.hearing.seats-drawn.v1.schema.json.
 */
public final class HearingEvents {

    public static final String TOPIC = "gov.hub.survey.hearing";
    public static final URI SOURCE = URI.create("/citizen-hub/survey-service");

    private HearingEvents() {
    }

    /** {@code gov.hub.survey.hearing.seats-drawn.v1}: the lottery (or, with enough seats, everyone) seated. */
    public record SeatsDrawn(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.hearing.seats-drawn.v1";

        public record Data(String hearingId, String department, String site, int seats, int registered, int seated,
                           String seed, OffsetDateTime drawnAt, OffsetDateTime hearingAt) {
        }

        static SeatsDrawn of(Hearings.Hearing h, int registered, int seated, Clock clock) {
            String id = h.id().toString();
            return new SeatsDrawn(EventMetadata.create(TYPE, SOURCE, id, TOPIC, id, clock),
                    new Data(id, h.department(), h.site(), h.seats(), registered, seated, h.seed(), h.drawnAt(),
                            h.hearingAt()));
        }
    }
}
