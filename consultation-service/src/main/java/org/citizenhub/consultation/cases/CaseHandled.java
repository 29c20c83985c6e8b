package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.CaseChange;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;

/**
 * {@code gov.hub.consultation.case.<event>.v1} for every step other systems follow (submitted, accepted, refused,
 * merged, dispatched, disputed, redispatched, ...). One payload shape (schema:
 * resources/events/case.handled.v1.schema.json); fields that do not apply to a step are null. No case text and no
 * personal data: codes, departments, deadlines and outcomes only. Due-soon and overdue go out as the shared
 * {@code gov.hub.casework.deadline.*} events instead.
 */
public record CaseHandled(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TOPIC = "gov.hub.consultation.case";
    public static final URI SOURCE = URI.create("/citizen-hub/consultation-service");

    /**
     * @param event          the step, as in the type (e.g. {@code dispatched})
     * @param department     the lead department after the step
     * @param coDepartments  the co-handling departments after the step
     * @param fromDepartment transferred / redispatched: the previous lead
     * @param reason         refused: the refusal reason code
     * @param mergedInto     merged: the case it joined
     * @param deadline       the case's own deadline after the step ("reply", "investigation", "completion")
     * @param dueAt          when that deadline is due
     * @param onTime         replied: whether within the deadline; co-handling-part-submitted: the part's
     * @param rating         rated, followed-up: SATISFIED, BASICALLY_SATISFIED or UNSATISFIED
     * @param site           the site (集约化) the case was submitted on; null if the hub has no single root for a
     *                       case from before sites
     * @param handlingSite   the site of the department handling the case (the lead, or the dispatch centre before
     *                       dispatch); null for a department the site directory does not know. Differs from
     *                       {@code site} when a city's centre dispatches to a district's department
     */
    public record Data(UUID caseId, String trackingNumber, String kind, String category, String event, String status,
                       String department, List<String> coDepartments, String fromDepartment, String reason,
                       String mergedInto, String deadline, OffsetDateTime dueAt, Boolean onTime, String rating,
                       OffsetDateTime occurredAt, String site, String handlingSite) {
    }

    public static String type(String event) {
        return "gov.hub.consultation.case." + event + ".v1";
    }

    static CaseHandled of(ConsultationCase c, CaseChange change, String site, String handlingSite, ZoneId zone,
                          Clock clock) {
        var s = c.state();
        var d = change.details();
        String tn = s.trackingNumber();
        Object dueAt = d.get("dueAt");
        if (dueAt == null && c.currentClock() != null && s.status().open()) {
            dueAt = c.currentClock().dueAt();
        }
        String rating = (String) d.getOrDefault("rating", d.get("satisfaction"));
        return new CaseHandled(
                EventMetadata.create(type(change.action().event()), SOURCE, tn, TOPIC, tn, clock),
                new Data(s.id(), tn, s.submission().kind().name(), s.submission().category(),
                        change.action().event(), change.to().name(),
                        s.dispatch() == null ? null : s.dispatch().lead(),
                        s.dispatch() == null ? List.of() : s.dispatch().coDepartments(),
                        (String) d.get("fromDepartment"),
                        change.action() == CaseChange.Action.REFUSED ? (String) d.get("reason") : null,
                        (String) d.get("mergedInto"),
                        c.currentDeadlineName(),
                        dueAt instanceof Instant i ? i.atZone(zone).toOffsetDateTime() : null,
                        (Boolean) d.get("onTime"), rating,
                        change.at().atZone(zone).toOffsetDateTime(), site, handlingSite));
    }
}
