package org.citizenhub.survey.surveys.results;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * The results' event on topic {@value #TOPIC} (the surveys' topic), keyed by the survey id. No personal data:
 * counts and question keys only. Schema: resources/events/survey.survey.results-published.v1.schema.json.
 */
public final class ResultsEvents {

    public static final String TOPIC = "gov.hub.survey.survey";
    public static final URI SOURCE = URI.create("/citizen-hub/survey-service");

    private ResultsEvents() {
    }

    /** {@code gov.hub.survey.survey.results-published.v1}: a closed survey's results are public, frozen. */
    public record ResultsPublished(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.survey.results-published.v1";

        /**
         * @param publishedQuestions the keys of the questions whose results were published, in order
         * @param resultsPath        where the public reads them, below the service (through the gateway:
         *                           {@code /api/survey} in front)
         */
        public record Data(String surveyId, String site, String ownerDepartment, long responses,
                           List<String> publishedQuestions, OffsetDateTime publishedAt, String resultsPath) {
        }

        static ResultsPublished of(String surveyId, String site, String ownerDepartment, long responses,
                                   List<String> questions, OffsetDateTime publishedAt, Clock clock) {
            return new ResultsPublished(EventMetadata.create(TYPE, SOURCE, surveyId, TOPIC, surveyId, clock),
                    new Data(surveyId, site, ownerDepartment, responses, List.copyOf(questions), publishedAt,
                            "/public/surveys/" + surveyId + "/results"));
        }
    }
}
