package org.citizenhub.hall.ratings;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.hall.ratings.domain.Rating;
import org.citizenhub.hall.ratings.domain.ReasonCategory;

/**
 * The ratings' events on topic {@value #TOPIC}, keyed by the rating number. No personal data: no rater, no text, no
 * application number (it leads to an applicant); the level, reason codes, department, site and item only.
 * Schemas: resources/events/hall.rating.given.v1.schema.json, hall.rectification.opened.v1.schema.json and
 * hall.rectification.completed.v1.schema.json. Due
 * soon and overdue of a rectification go out as platform/casework's shared {@code gov.hub.casework.deadline.*}.
 */
public final class RatingEvents {

    public static final String TOPIC = "gov.hub.hall.rating";
    public static final URI SOURCE = URI.create("/citizen-hub/service-hall");

    private RatingEvents() {
    }

    /** {@code gov.hub.hall.rating.given.v1}. */
    public record RatingGiven(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.hall.rating.given.v1";

        /**
         * @param subject      VISIT (一次一评) or APPLICATION (一事一评)
         * @param satisfaction 5 非常满意 … 1 非常不满意
         * @param reasons      reason category codes, empty at 满意 and above
         * @param channel      the channel code (pc, app, window, …)
         */
        public record Data(String ratingNumber, String subject, String department, String site, String itemCode,
                           int satisfaction, List<String> reasons, String channel, boolean bad,
                           OffsetDateTime ratedAt) {
        }

        static RatingGiven of(Rating r, ZoneId zone, Clock clock) {
            var g = r.given();
            return new RatingGiven(EventMetadata.create(TYPE, SOURCE, g.number(), TOPIC, g.number(), clock),
                    new Data(g.number(), g.subject().name(), g.place().department(), g.place().site(),
                            g.place().itemCode(), g.satisfaction().level(),
                            g.reasons().stream().map(ReasonCategory::code).sorted().toList(), g.channel().code(),
                            g.satisfaction().bad(), g.ratedAt().atZone(zone).toOffsetDateTime()));
        }
    }

    /** {@code gov.hub.hall.rectification.opened.v1}: a bad rating opened (or a supervisor reopened) a rectification. */
    public record RectificationOpened(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.hall.rectification.opened.v1";

        /** @param reopened 0 when opened by the rating, n after the n-th reopening by a supervisor */
        public record Data(String ratingNumber, String department, String site, String itemCode, int satisfaction,
                           int reopened, OffsetDateTime openedAt, OffsetDateTime dueAt) {
        }

        static RectificationOpened of(Rating r, ZoneId zone, Clock clock) {
            var g = r.given();
            return new RectificationOpened(EventMetadata.create(TYPE, SOURCE, g.number(), TOPIC, g.number(), clock),
                    new Data(g.number(), g.place().department(), g.place().site(), g.place().itemCode(),
                            g.satisfaction().level(), r.rectification().reopened(),
                            r.rectification().openedAt().atZone(zone).toOffsetDateTime(),
                            r.rectificationDueAt().orElseThrow().atZone(zone).toOffsetDateTime()));
        }
    }

    /**
     * {@code gov.hub.hall.rectification.completed.v1}: the department completed a bad rating's rectification (整改完成),
     * on time or late. A supervisor's reopening follows as a new {@link RectificationOpened} with a higher
     * {@code reopened}, so a reader keeps the completion of the latest opening only.
     *
     * @param reopened the opening this completion ends: 0 the rating's own, n the n-th reopening
     * @param onTime   completed before the rectification's deadline
     */
    public record RectificationCompleted(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.hall.rectification.completed.v1";

        public record Data(String ratingNumber, String department, String site, int reopened,
                           OffsetDateTime completedAt, boolean onTime) {
        }

        static RectificationCompleted of(Rating r, ZoneId zone, Clock clock) {
            var g = r.given();
            var done = r.rectification().rectified();
            return new RectificationCompleted(EventMetadata.create(TYPE, SOURCE, g.number(), TOPIC, g.number(),
                    clock), new Data(g.number(), g.place().department(), g.place().site(),
                    r.rectification().reopened(), done.at().atZone(zone).toOffsetDateTime(), done.onTime()));
        }
    }
}
