package org.citizenhub.survey.reviews;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * The reviews' events on topic {@value #TOPIC}, keyed by the review id. No personal data: counts and averages only.
 * Schema: resources/events/survey.review.results-published.v1.schema.json.
 */
public final class ReviewEvents {

    public static final String TOPIC = "gov.hub.survey.review";
    public static final URI SOURCE = URI.create("/citizen-hub/survey-service");

    private ReviewEvents() {
    }

    /** {@code gov.hub.survey.review.results-published.v1}: the period ended and the results per department are public. */
    public record ResultsPublished(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.review.results-published.v1";

        public record Data(String reviewId, String site, OffsetDateTime opensAt, OffsetDateTime closesAt,
                           OffsetDateTime publishedAt, long ratings, List<Department> departments) {
        }

        public record Department(String department, long ratings, double averageScore, double satisfiedRate,
                                 int comments) {
        }

        static ResultsPublished of(Reviews.Review r, OffsetDateTime publishedAt, long ratings,
                                   List<Reviews.DepartmentResult> results, Clock clock) {
            String id = r.id().toString();
            return new ResultsPublished(EventMetadata.create(TYPE, SOURCE, id, TOPIC, id, clock),
                    new Data(id, r.site(), r.opensAt(), r.closesAt(), publishedAt, ratings, results.stream()
                            .map(d -> new Department(d.department(), d.ratings(), d.averageScore(), d.satisfiedRate(),
                                    d.comments().size()))
                            .toList()));
        }
    }
}
