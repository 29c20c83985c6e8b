package org.citizenhub.casework.deadlines;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * {@code gov.hub.casework.deadline.due-soon.v1} and {@code gov.hub.casework.deadline.overdue.v1}: one deadline
 * clock of a case turned due soon, or passed its due moment, without the case being finished. ONE schema for every
 * case service (resources/events/casework.deadline.v1.schema.json), on one topic {@value #TOPIC} keyed by tracking
 * number, so that supervision reads every service's deadlines the same way. The CloudEvent source is the producing
 * service ({@code /citizen-hub/<service>-service}). No case text and no personal data.
 */
public record DeadlineAnnounced(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String DUE_SOON_TYPE = "gov.hub.casework.deadline.due-soon.v1";
    public static final String OVERDUE_TYPE = "gov.hub.casework.deadline.overdue.v1";
    public static final String TOPIC = "gov.hub.casework.deadlines";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum Kind {
        DUE_SOON(DUE_SOON_TYPE), OVERDUE(OVERDUE_TYPE);

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The CloudEvent type. */
        public String type() {
            return type;
        }
    }

    /**
     * @param service        producing service, e.g. {@code mailbox}
     * @param caseType       kind of case, e.g. {@code letter}, {@code complaint}
     * @param caseId         the case's id in its service
     * @param trackingNumber the number the citizen quotes (also the Kafka key and the CloudEvent subject)
     * @param department     department handling the case; null if none holds it
     * @param deadline       name of the clock within the case, e.g. {@code reply}, {@code investigation}
     * @param rule           code of the rule the clock was started by, e.g. {@code letter-reply}
     * @param dueAt          the clock's due moment (Asia/Shanghai offset)
     * @param occurredAt     when the watch found the moment had come
     * @param site           the site (集约化) the case belongs to; null if the service does not tell
     * @param handlingSite   the site of the handling department; null if none or unknown
     */
    public record Data(String service, String caseType, String caseId, String trackingNumber, String department,
                       String deadline, String rule,
                       @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                       OffsetDateTime dueAt,
                       @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                       OffsetDateTime occurredAt,
                       String site, String handlingSite) {
    }

    public DeadlineAnnounced {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(data, "data");
    }

    /** The announcement that {@code due} has come for the case. */
    public static DeadlineAnnounced of(CaseRef ref, CaseDeadlines.Due due, Instant occurredAt, Clock clock) {
        return of(ref, due.deadline(), due.kind(), occurredAt, clock);
    }

    public static DeadlineAnnounced of(CaseRef ref, CaseDeadline deadline, Kind kind, Instant occurredAt,
                                       Clock clock) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        String tn = ref.trackingNumber().value();
        return new DeadlineAnnounced(
                EventMetadata.create(kind.type(), source(ref.service()), tn, TOPIC, tn, clock),
                new Data(ref.service(), ref.caseType(), ref.caseId(), tn, ref.department(), deadline.name(),
                        deadline.clock().rule().code(), deadline.clock().dueAt().atZone(ZONE).toOffsetDateTime(),
                        occurredAt.atZone(ZONE).toOffsetDateTime(), ref.site(), ref.handlingSite()));
    }

    /**
     * The CloudEvent source of a service's announcements: its module's name, e.g. {@code /citizen-hub/mailbox-service}
     * for {@code mailbox}, {@code /citizen-hub/service-hall} for {@code service-hall} (a name with a hyphen is the
     * module's name already).
     */
    public static URI source(String service) {
        return URI.create("/citizen-hub/" + (service.contains("-") ? service : service + "-service"));
    }

    public Kind kind() {
        return OVERDUE_TYPE.equals(metadata.type()) ? Kind.OVERDUE : Kind.DUE_SOON;
    }
}
