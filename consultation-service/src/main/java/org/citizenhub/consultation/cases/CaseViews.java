package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.CaseStatus;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.Submission;
import org.citizenhub.consultation.cases.domain.Screening;
import org.citizenhub.consultation.cases.domain.Dispatch;
import org.citizenhub.consultation.cases.domain.Handling;
import org.citizenhub.consultation.cases.domain.Reply;
import org.citizenhub.consultation.cases.domain.Evaluation;
import org.citizenhub.consultation.cases.domain.FollowUp;
import org.citizenhub.consultation.cases.domain.Urging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.deadlines.CaseDeadline;
import org.citizenhub.casework.history.CaseStep;

/** What the API shows of a case, to the citizen, to staff, in queues and to whoever holds the receipt. */
public final class CaseViews {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CaseViews() {
    }

    public record DeadlineView(String name, String rule, String unit, String state, OffsetDateTime dueAt,
                               String status, Boolean metOnTime) {
        static DeadlineView of(String name, DeadlineClock<?> clock, Instant now, WorkingTime time) {
            return new DeadlineView(name, clock.rule().code(), clock.unit().name(), clock.state().name(),
                    odt(clock.dueAt()), clock.status(now, time).name(), clock.metOnTime());
        }
    }

    /** The citizen's view of their own case: their text, the question put to them, the approved reply. */
    public record CitizenView(String trackingNumber, CaseKind kind, String category, String status, String title,
                              String body, Submission.ErrorReport errorReport, OffsetDateTime submittedAt,
                              String refusalReason, String refusalExplanation, String mergedInto,
                              DeadlineView deadline, LocalDate promisedDate, String question, String reply,
                              OffsetDateTime answeredAt, Evaluation.Rating rating, boolean mayRate,
                              boolean mayAskForRehandling) {
    }

    public static CitizenView citizen(ConsultationCase c, Instant now, WorkingTime time) {
        var s = c.state();
        var sub = s.submission();
        var screening = s.screening();
        var reply = s.reply() != null && s.reply().approval() != null ? s.reply() : null;
        var question = s.handling() == null || s.handling().question() == null
                || s.handling().question().answer() != null ? null : s.handling().question().text();
        return new CitizenView(s.trackingNumber(), sub.kind(), sub.category(), s.status().name(), sub.title(),
                sub.body(), sub.errorReport(), odt(sub.at()),
                screening == null || screening.refusal() == null ? null : screening.refusal().name(),
                screening == null || screening.refusal() == null ? null : screening.note(),
                screening == null ? null : screening.mergedInto(),
                current(c, now, time),
                s.handling() == null || s.handling().promise() == null ? null : s.handling().promise().date(),
                question,
                reply == null ? null : reply.text(),
                reply == null ? null : odt(reply.approval().at()),
                s.evaluation() == null ? null : s.evaluation().rating(),
                s.status() == CaseStatus.ANSWERED,
                s.status() == CaseStatus.ANSWERED && s.reopenings() < ConsultationCase.MAX_REOPENINGS);
    }

    /** Progress for whoever holds the receipt: no text at all. */
    public record Progress(String trackingNumber, CaseKind kind, String status, OffsetDateTime submittedAt,
                           OffsetDateTime dueAt, LocalDate promisedDate, boolean answered) {
    }

    public static Progress progress(ConsultationCase c) {
        var s = c.state();
        var clock = c.currentClock();
        return new Progress(s.trackingNumber(), s.submission().kind(), s.status().name(), odt(s.submission().at()),
                clock == null || !s.status().open() ? null : odt(clock.dueAt()),
                s.handling() == null || s.handling().promise() == null ? null : s.handling().promise().date(),
                s.reply() != null && s.reply().approval() != null);
    }

    /**
     * One line of a queue.
     *
     * @param site         the case's site (集约化), so that a city's supervisor sees which district a case is from
     * @param handlingSite the site of the department handling it
     */
    public record Summary(String trackingNumber, CaseKind kind, String category, String status, String title,
                          String leadDepartment, List<String> coDepartments, List<String> pendingCoHandlers,
                          DeadlineView deadline, int urgings, OffsetDateTime submittedAt, String site,
                          String handlingSite) {
    }

    public static Summary summary(ConsultationCase c, String site, String handlingSite, Instant now,
                                  WorkingTime time) {
        var s = c.state();
        var d = s.dispatch();
        return new Summary(s.trackingNumber(), s.submission().kind(), s.submission().category(), s.status().name(),
                s.submission().title(), d == null ? null : d.lead(), d == null ? List.of() : d.coDepartments(),
                d == null ? List.of() : d.pendingCoHandlers(), current(c, now, time), s.urgings().size(),
                odt(s.submission().at()), site, handlingSite);
    }

    /** Everything staff who may see the case see, with every clock and the history. */
    public record StaffView(String trackingNumber, CaseKind kind, String category, String status, String title,
                            String body, Submission.ErrorReport errorReport, boolean agreesToPublication,
                            OffsetDateTime submittedAt, String dispatchCentre, Screening screening, Dispatch dispatch,
                            Handling handling, Reply reply, Evaluation evaluation, List<FollowUp> followUps,
                            List<Urging> urgings, int reopenings, List<String> mergedFrom, String currentDeadline,
                            List<DeadlineView> deadlines, List<Map<String, Object>> history, long version,
                            UUID id, String site, String handlingSite) {
    }

    /**
     * @param site         the case's site (集约化), the root's for a case from before sites
     * @param handlingSite the site of the department handling it (lead, else the dispatch centre)
     */
    public static StaffView staff(ConsultationCase c, String site, String handlingSite, Instant now, WorkingTime time,
                                  List<CaseStep> history) {
        var s = c.state();
        var sub = s.submission();
        return new StaffView(s.trackingNumber(), sub.kind(), sub.category(), s.status().name(), sub.title(),
                sub.body(), sub.errorReport(), sub.agreesToPublication(), odt(sub.at()), s.dispatchCentre(),
                s.screening(), s.dispatch(), s.handling(), s.reply(), s.evaluation(), s.followUps(), s.urgings(),
                s.reopenings(), s.mergedFrom(), c.currentDeadlineName(),
                s.deadlines().all().stream().map(d -> DeadlineView.of(d.name(), d.clock(), now, time)).toList(),
                history.stream().map(CaseViews::step).toList(), s.version(), s.id(), site, handlingSite);
    }

    private static Map<String, Object> step(CaseStep step) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("action", step.action());
        map.put("from", step.fromStatus());
        map.put("to", step.toStatus());
        map.put("actorId", step.actor().id());
        map.put("actorRole", step.actor().role().name());
        map.put("actorDepartment", step.actor().department());
        map.put("at", odt(step.at()));
        map.put("details", step.details());
        return map;
    }

    private static DeadlineView current(ConsultationCase c, Instant now, WorkingTime time) {
        String name = c.currentDeadlineName();
        if (name == null) {
            return null;
        }
        CaseDeadline d = c.state().deadlines().require(name);
        return DeadlineView.of(name, d.clock(), now, time);
    }

    static OffsetDateTime odt(Instant at) {
        return at == null ? null : at.atZone(ZONE).toOffsetDateTime();
    }
}
