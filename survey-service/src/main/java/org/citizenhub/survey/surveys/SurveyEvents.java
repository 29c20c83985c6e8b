package org.citizenhub.survey.surveys;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * Surveys' events on topic {@value #TOPIC}, keyed by the survey id. No personal data: no respondent, no answer; counts
 * only. Schemas in resources/events/survey.survey.*.v1.schema.json.
 */
public final class SurveyEvents {

    public static final String TOPIC = "gov.hub.survey.survey";
    public static final URI SOURCE = URI.create("/citizen-hub/survey-service");

    private SurveyEvents() {
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(org.citizenhub.survey.SurveyApplication.ZONE).toOffsetDateTime();
    }

    /** {@code gov.hub.survey.survey.opened.v1}: a survey started taking answers. */
    public record Opened(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.survey.opened.v1";

        public record Data(UUID surveyId, String title, String department, String site, String mode, int version,
                           int questions, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        }

        static Opened of(Survey s, int version, int questions, Clock clock) {
            String key = s.id().toString();
            return new Opened(EventMetadata.create(TYPE, SOURCE, key, TOPIC, key, clock),
                    new Data(s.id(), s.title(), s.ownerDepartment(), s.site(), s.mode().name(), version, questions,
                            at(s.opensAt()), at(s.closesAt())));
        }
    }

    /** {@code gov.hub.survey.survey.closed.v1}: a survey stopped taking answers; how many came in. */
    public record Closed(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.survey.closed.v1";

        public record Data(UUID surveyId, String department, String site, String mode, long responses,
                           long warnedResponses, List<String> warnedQuotas, OffsetDateTime closedAt,
                           boolean closedEarly) {
        }

        static Closed of(Survey s, long responses, long warnedResponses, List<String> warnedQuotas, Instant closedAt,
                         boolean early, Clock clock) {
            String key = s.id().toString();
            return new Closed(EventMetadata.create(TYPE, SOURCE, key, TOPIC, key, clock),
                    new Data(s.id(), s.ownerDepartment(), s.site(), s.mode().name(), responses, warnedResponses,
                            warnedQuotas, at(closedAt), early));
        }
    }
}
