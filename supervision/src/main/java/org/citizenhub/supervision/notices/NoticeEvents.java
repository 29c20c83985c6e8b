package org.citizenhub.supervision.notices;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.supervision.notices.domain.Notice;

/**
 * 督办's events on topic {@value #TOPIC}, keyed by the notice number (so one notice's events stay in order). No
 * personal data and no free text: neither the measures nor the comments nor who acted, only the case, the
 * department, the round and the moments. Schemas: resources/events/supervision.notice.*.v1.schema.json. The reply
 * deadline's due soon / overdue go out as platform/casework's shared {@code gov.hub.casework.deadline.*} (service
 * {@code supervision}, case type {@code supervision-notice}).
 */
public final class NoticeEvents {

    public static final String TOPIC = "gov.hub.supervision.notice";
    public static final URI SOURCE = URI.create("/citizen-hub/supervision");
    public static final String ISSUED = "gov.hub.supervision.notice.issued.v1";
    public static final String REPLIED = "gov.hub.supervision.notice.replied.v1";
    public static final String ACCEPTED = "gov.hub.supervision.notice.accepted.v1";
    public static final String RETURNED = "gov.hub.supervision.notice.returned.v1";
    public static final String ESCALATED = "gov.hub.supervision.notice.escalated.v1";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private NoticeEvents() {
    }

    /**
     * The one payload of every notice event (the type says what happened).
     *
     * @param noticeNumber       the notice, e.g. DB20261116000001
     * @param service            the supervised case's service, e.g. mailbox
     * @param caseType           its kind, e.g. letter
     * @param caseId             its id in the service
     * @param caseTrackingNumber the number the citizen quotes; null if unknown
     * @param department         the department the notice went to
     * @param site               that department's site; null if unknown
     * @param round              1, or more after replies sent back
     * @param replyDueAt         when a reply is due (issued, returned, escalated); null once replied or accepted
     * @param late               replied: whether after the deadline; otherwise null
     * @param escalatedTo        escalated: the realm role that has the notice now (department-head); otherwise null
     * @param occurredAt         when it happened
     */
    public record Data(String noticeNumber, String service, String caseType, String caseId,
                       String caseTrackingNumber, String department, String site, int round,
                       @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                       OffsetDateTime replyDueAt,
                       Boolean late, String escalatedTo,
                       @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                       OffsetDateTime occurredAt) {
    }

    /** {@code gov.hub.supervision.notice.<issued|replied|accepted|returned|escalated>.v1}. */
    public record NoticeEvent(EventMetadata metadata, Data data) implements IntegrationEvent {
    }

    static NoticeEvent of(String type, Notice notice, Boolean late, String escalatedTo, Clock clock) {
        var c = notice.onCase();
        var data = new Data(notice.number(), c.service(), c.caseType(), c.caseId(), c.trackingNumber(),
                c.department(), c.site(), notice.phase().round(), at(notice.replyDueAt().orElse(null)), late,
                escalatedTo, at(notice.lastStep().at()));
        return new NoticeEvent(EventMetadata.create(type, SOURCE, notice.number(), TOPIC, notice.number(), clock),
                data);
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atZone(ZONE).toOffsetDateTime();
    }
}
