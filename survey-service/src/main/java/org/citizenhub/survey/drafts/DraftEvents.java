package org.citizenhub.survey.drafts;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * 意见征集's events on topic {@value #TOPIC}, keyed by the draft number. No personal data: no commenter, no comment
 * text; counts, outcomes, department and site only. Schemas in resources/events/survey.draft.*.v1.schema.json. The
 * feedback deadline's due soon / overdue go out as platform/casework's shared {@code gov.hub.casework.deadline.*}.
 */
public final class DraftEvents {

    public static final String TOPIC = "gov.hub.survey.draft";
    public static final URI SOURCE = URI.create("/citizen-hub/survey-service");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DraftEvents() {
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(ZONE).toOffsetDateTime();
    }

    /** {@code gov.hub.survey.draft.opened.v1}: a draft is put up for comment. */
    public record Opened(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.draft.opened.v1";

        public record Data(String draftNumber, String title, String department, String site, int articles,
                           OffsetDateTime opensAt, OffsetDateTime closesAt) {
        }

        static Opened of(String number, String title, String department, String site, int articles,
                         Instant opensAt, Instant closesAt, Clock clock) {
            return new Opened(EventMetadata.create(TYPE, SOURCE, number, TOPIC, number, clock),
                    new Data(number, title, department, site, articles, at(opensAt), at(closesAt)));
        }
    }

    /** {@code gov.hub.survey.draft.closed.v1}: the comment period ended; the feedback is due at {@code feedbackDueAt}. */
    public record Closed(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.draft.closed.v1";

        public record Data(String draftNumber, String department, String site, int received,
                           OffsetDateTime closedAt, OffsetDateTime feedbackDueAt) {
        }

        static Closed of(String number, String department, String site, int received, Instant closedAt,
                         Instant dueAt, Clock clock) {
            return new Closed(EventMetadata.create(TYPE, SOURCE, number, TOPIC, number, clock),
                    new Data(number, department, site, received, at(closedAt), at(dueAt)));
        }
    }

    /** {@code gov.hub.survey.draft.feedback-published.v1}: 采纳情况 published; outcomes counted, no texts. */
    public record FeedbackPublished(EventMetadata metadata, Data data) implements IntegrationEvent {
        public static final String TYPE = "gov.hub.survey.draft.feedback-published.v1";

        public record Data(String draftNumber, String department, String site, int received, int groups,
                           List<String> outcomes, OffsetDateTime publishedAt, boolean late) {
        }

        static FeedbackPublished of(String number, String department, String site, int received,
                                    List<String> outcomes, Instant publishedAt, boolean late, Clock clock) {
            return new FeedbackPublished(EventMetadata.create(TYPE, SOURCE, number, TOPIC, number, clock),
                    new Data(number, department, site, received, outcomes.size(), outcomes, at(publishedAt), late));
        }
    }
}
